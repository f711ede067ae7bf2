package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.opscharter.adapters.ui.shared.kit.FileLink;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.survey.port.in.ExportResults;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.Breakdown;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Comments;
import dev.opscharter.domain.survey.Disclosed;
import dev.opscharter.domain.survey.Figure;
import dev.opscharter.domain.survey.GroupResult;
import dev.opscharter.domain.survey.ResultGroup;
import dev.opscharter.domain.survey.SurveyResults;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's results as the reader may see them (a department lead: the overall and their own
 * department): overall, per rated and per rating department, each shown department's items and
 * comments, and the trend over quarters. Every figure is formatted for the reader's language and
 * marked against the 85 % standard; a group the rules hide says why and shows no number. Ids:
 * {@code results-overall}, grids {@code results-rated}, {@code results-raters}, per shown rated
 * department {@code results-items-<n>} and {@code results-comments-<n>}.
 */
@Route(value = "surveys/:" + CampaignResultsView.ID + "/results", layout = MainLayout.class)
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class CampaignResultsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID = "id";
    /** How many quarters the trend reaches back: two years. */
    static final int TREND_QUARTERS = 8;

    /** One line of a breakdown: a group (or the folded "other departments") and what is shown of it. */
    record Row(String label, Disclosed<Figure> figure) {
    }

    private final CampaignQueries queries;
    private final ExportResults exports;
    private final SurveyTexts texts;
    private String title = "";

    CampaignResultsView(CampaignQueries queries, ExportResults exports, DepartmentQueries departments) {
        this.queries = queries;
        this.exports = exports;
        this.texts = new SurveyTexts(this, departments);
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var back = new RouterLink(getTranslation("survey.results.back"), CampaignsView.class);
        back.setId("results-back");
        add(back);
        var id = event.getRouteParameters().get(ID).flatMap(CampaignResultsView::parse);
        if (id.isEmpty()) {
            FormErrors.error(this, getTranslation("error.not-found"));
            return;
        }
        new FormErrors(this).run(() -> show(queries.detail(id.get()).record(), queries.results(id.get())));
    }

    /** Links that ask for the file when clicked: the results as they read then, as this reader may see them. */
    private Component exports(CampaignId id) {
        var links = new Div(
                FileLink.of("results-export-xlsx", getTranslation("survey.results.export.excel"),
                        () -> exports.export(id, DocumentFormat.EXCEL)),
                FileLink.of("results-export-pdf", getTranslation("survey.results.export.pdf"),
                        () -> exports.export(id, DocumentFormat.PDF)));
        links.addClassName("export-links");
        return links;
    }

    private static Optional<CampaignId> parse(String text) {
        try {
            return Optional.of(CampaignId.parse(text));
        } catch (RuntimeException notAnId) {
            return Optional.empty();
        }
    }

    private void show(Campaign campaign, SurveyResults results) {
        title = texts.name(campaign.title());
        var heading = new H2(title);
        heading.setId("results-title");
        var basis = new Paragraph(getTranslation("survey.results.basis",
                getTranslation("survey.method." + campaign.method().name()), results.minimum(),
                texts.percent(SurveyTexts.STANDARD)));
        basis.addClassName("muted");
        add(heading, basis, exports(campaign.id()), overall(results.overall()));
        add(new H3(getTranslation("survey.results.rated")), breakdown("results-rated", results.rated()));
        if (!results.raters().groups().isEmpty()) {
            add(new H3(getTranslation("survey.results.raters")), breakdown("results-raters", results.raters()));
        }
        departments(campaign, results);
        add(new H3(getTranslation("survey.results.trend")), new TrendChart(queries.trend(TREND_QUARTERS), texts));
    }

    private Component overall(GroupResult overall) {
        var box = new Div();
        box.setId("results-overall");
        box.add(new H4(getTranslation("survey.results.overall")));
        switch (overall.figure()) {
            case Disclosed.Shown<Figure>(var figure) -> {
                var value = new Span(texts.percent(figure.percent()));
                value.setId("results-overall-value");
                value.getStyle().set("font-size", "1.75rem").set("font-weight", "600");
                var respondents = new Span(" " + getTranslation("survey.results.respondents.count",
                        Formats.number(figure.respondents())) + " ");
                respondents.addClassName("muted");
                box.add(value, respondents, standard(figure));
            }
            case Disclosed.Hidden<Figure> hidden -> {
                var why = new Span(texts.hidden(hidden));
                why.setId("results-overall-hidden");
                box.add(why);
            }
        }
        return box;
    }

    private StatusBadge standard(Figure figure) {
        return figure.meets(SurveyTexts.STANDARD)
                ? new StatusBadge(getTranslation("survey.results.meets"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation("survey.results.below"), StatusBadge.Tone.ERROR);
    }

    /** The groups of one partition, the folded "other departments" last. */
    private Grid<Row> breakdown(String id, Breakdown breakdown) {
        var rows = new ArrayList<Row>();
        breakdown.groups().forEach(g -> rows.add(new Row(label(g.group()), g.figure())));
        breakdown.others().ifPresent(f -> rows.add(new Row(getTranslation("survey.results.others"),
                new Disclosed.Shown<>(f))));
        return grid(id, "survey.results.group", rows);
    }

    private Grid<Row> grid(String id, String groupHeaderKey, List<Row> rows) {
        var grid = new Grid<Row>();
        grid.setId(id);
        grid.addColumn(Row::label).setHeader(getTranslation(groupHeaderKey)).setKey("group").setFlexGrow(2);
        grid.addColumn(r -> switch (r.figure()) {
            case Disclosed.Shown<Figure>(var figure) -> texts.percent(figure.percent());
            case Disclosed.Hidden<Figure> hidden -> texts.hidden(hidden);
        }).setHeader(getTranslation("survey.results.satisfaction")).setKey("satisfaction").setFlexGrow(2);
        grid.addColumn(r -> r.figure().shown().map(f -> Formats.number(f.respondents())).orElse(""))
                .setHeader(getTranslation("survey.results.respondents")).setKey("respondents");
        grid.addComponentColumn(r -> r.figure().shown().<Component>map(this::standard).orElseGet(Span::new))
                .setHeader(getTranslation("survey.results.standard-column")).setKey("standard");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Per rated department: its items and comments, each only as far as the rules show them. */
    private void departments(Campaign campaign, SurveyResults results) {
        var rated = new LinkedHashSet<DepartmentId>();
        rated.addAll(results.items().keySet());
        rated.addAll(results.comments().keySet());
        int index = 0;
        for (var department : rated) {
            var content = new Div();
            var items = results.itemsOf(department);
            if (items.isPresent()) {
                var rows = items.get().groups().stream().map(g -> new Row(itemLabel(campaign, g.group()), g.figure()))
                        .toList();
                content.add(grid("results-items-" + index, "survey.results.item", rows));
            }
            var commentsId = "results-comments-" + index;
            results.commentsOn(department).ifPresent(c -> content.add(comments(commentsId, c)));
            var details = new Details(getTranslation("survey.results.about", texts.department(department)), content);
            details.setId("results-department-" + index);
            details.setOpened(index == 0);
            details.setWidthFull();
            add(details);
            index++;
        }
    }

    private Component comments(String id, Comments comments) {
        var section = new Div(new H4(getTranslation("survey.results.comments")));
        section.setId(id);
        switch (comments.texts()) {
            case Disclosed.Shown<List<String>>(var texts) when texts.isEmpty() -> section.add(muted(
                    getTranslation("survey.results.comments.none")));
            // as given, in the order the results chose (random): no day, no department of the writer
            case Disclosed.Shown<List<String>>(var texts) -> {
                var list = new UnorderedList();
                texts.forEach(text -> list.add(new ListItem(text)));
                section.add(list);
            }
            case Disclosed.Hidden<List<String>> hidden -> section.add(muted(this.texts.hidden(hidden)));
        }
        return section;
    }

    private Span muted(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    private String label(ResultGroup group) {
        return switch (group) {
            case ResultGroup.Overall o -> getTranslation("survey.results.overall");
            case ResultGroup.RatedDepartment(var d) -> texts.department(d);
            case ResultGroup.RaterDepartment(var d) -> texts.department(d);
            case ResultGroup.ItemOf(var within, var item) -> item.value();
            case ResultGroup.CommentsOf(var d) -> texts.department(d);
        };
    }

    private String itemLabel(Campaign campaign, ResultGroup group) {
        if (group instanceof ResultGroup.ItemOf(var within, var item)) {
            return campaign.questionnaire().item(item).map(i -> texts.name(i.text())).orElse(item.value());
        }
        return label(group);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("survey.results.title") : title;
    }
}
