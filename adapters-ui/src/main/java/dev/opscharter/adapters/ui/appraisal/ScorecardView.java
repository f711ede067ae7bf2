package dev.opscharter.adapters.ui.appraisal;

import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.application.organization.port.in.Directory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.appraisal.export.ScorecardTexts;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.FileLink;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.appraisal.port.in.ApproveScorecards;
import dev.opscharter.application.appraisal.port.in.FigureSheet;
import dev.opscharter.application.appraisal.port.in.RecordFigures;
import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.appraisal.ScorecardReport;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.appraisal.Basis;
import dev.opscharter.domain.appraisal.IndicatorResult;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.Scorecard;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.appraisal.ScorecardApproval.Approvability;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The scorecard of a period (quarter or year, the last ended quarter by default; never a period that
 * has not begun): each indicator and part with its standard, figure, verdict and where every value
 * comes from; a drill-down per part; figures entered by hand where the system has no records; the
 * director's approval, which freezes the period; the trend over the last eight quarters; and the
 * exports. The period is in the address ({@code ?period=2026-Q1}) so a scorecard can be linked.
 */
@Route(value = "appraisal/scorecard", layout = MainLayout.class)
@Menu(order = 20, title = "nav.appraisal.scorecard")
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST"})
@StyleSheet("./assets/appraisal.css")
class ScorecardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PERIOD_PARAMETER = "period";
    static final int TREND_QUARTERS = 8;
    /** How many years back the period choice offers; older periods open by address. */
    private static final int YEARS_OFFERED = 5;

    private final ScorecardQueries scorecards;
    private final RecordFigures figures;
    private final FigureSheet figureSheet;
    private final ApproveScorecards approvals;
    private final boolean director;
    private final ScorecardTexts texts;
    private final ComboBox<Period> period = new ComboBox<>();
    private final Div actions = new Div();
    private final Div content = new Div();
    private final List<Period> offered = new ArrayList<>();
    private boolean choosing;

    ScorecardView(ScorecardQueries scorecards, RecordFigures figures, FigureSheet figureSheet,
                  ApproveScorecards approvals, I18NProvider i18n, Directory directory,
                  AuthenticationContext authentication) {
        this.scorecards = scorecards;
        this.figures = figures;
        this.figureSheet = figureSheet;
        this.approvals = approvals;
        this.director = authentication.hasRole("OPS_DIRECTOR");
        this.texts = new ScorecardTexts(i18n, Formats.locale(), Formats.timeZone(), new DisplayNames(directory));
        addClassNames("view", "appraisal-view");
        setWidthFull();

        period.setId("scorecard-period");
        period.setLabel(getTranslation("appraisal.period"));
        period.setItemLabelGenerator(texts::period);
        period.setAllowCustomValue(false);
        offered.addAll(recentPeriods(today()));
        period.setItems(offered);
        period.addValueChangeListener(e -> {
            if (!choosing && e.getValue() != null) {
                load(e.getValue());
                remember(e.getValue());
            }
        });
        actions.addClassName("toolbar");
        var toolbar = new Div(period, actions);
        toolbar.addClassName("toolbar");
        content.addClassName("scorecard-content");
        content.setWidthFull();
        add(new H2(getPageTitle()), toolbar, content);
    }

    /**
     * The period the address asks for, else the last ended quarter. A period that does not exist or
     * has not begun is said so, with nothing to approve: showing another one in its place would let
     * the director approve a period they did not ask for.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var today = today();
        var requested = event.getLocation().getQueryParameters().getSingleParameter(PERIOD_PARAMETER);
        if (requested.isEmpty()) {
            choose(Period.quarterOf(today).previous());
            return;
        }
        try {
            var asked = Period.parse(requested.get());
            if (asked.isFuture(today)) {
                unavailable(getTranslation("appraisal.period.not-begun", texts.period(asked)));
            } else {
                choose(asked);
            }
        } catch (InvalidValue invalid) {
            unavailable(getTranslation("appraisal.period.no-such", requested.get(),
                    getTranslation(invalid.messageKey(), invalid.arguments().toArray())));
        }
    }

    /** No scorecard and no actions, only why: the period of the address cannot be shown. */
    private void unavailable(String why) {
        choosing = true;
        try {
            period.clear();
        } finally {
            choosing = false;
        }
        content.removeAll();
        actions.removeAll();
        var message = new Div(why);
        message.setId("scorecard-unavailable");
        message.addClassName("summary-line-failed");
        content.add(message);
    }

    private void choose(Period chosen) {
        if (!offered.contains(chosen)) {
            offered.add(chosen);
            offered.sort(NEWEST_FIRST);
            period.setItems(offered);
        }
        choosing = true;
        try {
            period.setValue(chosen);
        } finally {
            choosing = false;
        }
        load(chosen);
    }

    /** Keeps the chosen period in the address without navigating again. */
    private void remember(Period chosen) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                RouteConfiguration.forSessionScope().getUrl(ScorecardView.class) + "?"
                        + QueryParameters.of(PERIOD_PARAMETER, chosen.key()).getQueryString()));
    }

    private void load(Period chosen) {
        content.removeAll();
        actions.removeAll();
        var loaded = new FormErrors(this).run(() -> {
            var report = scorecards.scorecard(chosen);
            var trend = scorecards.trend(lastQuarterOf(chosen), TREND_QUARTERS);
            show(report, trend);
        });
        if (!loaded) {
            var failed = new Div(getTranslation("appraisal.load-failed"));
            failed.addClassName("muted");
            content.add(failed);
        }
    }

    private void show(ScorecardReport report, List<Scorecard> trend) {
        var scorecard = report.scorecard();
        actions.add(exports(report));
        if (report.editable()) {
            var enterAll = new Button(getTranslation("appraisal.action.enter-figures"), VaadinIcon.TABLE.create(),
                    e -> enterFigures(report));
            enterAll.setId("scorecard-enter-figures");
            actions.add(enterAll);
        }
        if (director && report.approval().isEmpty()) {
            var approve = new Button(getTranslation("appraisal.action.approve"), VaadinIcon.CHECK_CIRCLE.create(),
                    e -> approve(report));
            approve.setId("scorecard-approve");
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(approve);
            // the use case refuses the same; the button only says so before the director tries
            var refusal = switch (ScorecardApproval.approvability(scorecard, today())) {
                case Approvability.Approvable approvable -> "";
                case Approvability.NotEnded notEnded -> getTranslation("appraisal.approve.not-ended");
                case Approvability.PartsWithoutData missing -> getTranslation("appraisal.approve.parts-without-data",
                        String.join(getTranslation("appraisal.list-separator"),
                                missing.parts().stream().map(texts::part).toList()));
            };
            approve.setEnabled(refusal.isEmpty());
            if (!refusal.isEmpty()) {
                approve.setTooltipText(refusal);
                var reason = new Span(refusal);
                reason.setId("scorecard-approve-reason");
                reason.addClassName("muted");
                actions.add(reason);
            }
        }
        content.add(summary(report));
        var indicators = new Div();
        indicators.addClassName("indicator-cards");
        scorecard.indicators().forEach(indicator -> indicators.add(indicator(indicator, report)));
        content.add(indicators, trend(trend));
    }

    private Component summary(ScorecardReport report) {
        var scorecard = report.scorecard();
        var card = new Div();
        card.addClassNames("card", "scorecard-summary");
        card.setId("scorecard-summary");
        var heading = new Div(new H3(getTranslation("appraisal.scorecard.of", texts.period(scorecard.period()))),
                statusBadge(texts.status(scorecard.status()), scorecard.status(), "scorecard-status"));
        heading.addClassName("card-heading");
        card.add(heading);
        var summary = new Span(texts.summary(scorecard));
        summary.setId("scorecard-failed");
        // green only when it is met: parts without data or a running period are no success yet
        summary.addClassName(switch (scorecard.status()) {
            case PASS -> "summary-line";
            case FAIL -> "summary-line-failed";
            case NO_DATA, IN_PROGRESS -> "summary-line-open";
        });
        card.add(summary);
        if (scorecard.vetoed()) {
            var veto = new Span(texts.veto(scorecard));
            veto.setId("scorecard-veto");
            veto.addClassName("summary-line-failed");
            card.add(veto);
        }
        var standards = new Div(new Span(texts.standardsVersion(report.standards())),
                new RouterLink(getTranslation("appraisal.standards.link"), StandardsView.class));
        standards.setId("scorecard-standards");
        standards.addClassName("muted");
        card.add(standards);
        if (scorecard.period() instanceof Period.Year) {
            var rule = new Span(texts.yearRule());
            rule.setId("scorecard-year-rule");
            rule.addClassName("muted");
            card.add(rule);
        }
        card.add(approval(report));
        return card;
    }

    private Component approval(ScorecardReport report) {
        var line = new Div();
        line.setId("scorecard-approval");
        report.approval().ifPresentOrElse(approval -> {
            line.addClassName("approved");
            line.add(new Span(texts.approval(approval)));
            if (!approval.comment().isEmpty()) {
                var comment = new Span(getTranslation("appraisal.approved.comment", approval.comment()));
                comment.addClassName("muted");
                line.add(comment);
            }
        }, () -> {
            line.addClassName("muted");
            line.add(new Span(texts.notApproved()));
        });
        return line;
    }

    private Component indicator(IndicatorResult indicator, ScorecardReport report) {
        var name = indicator.indicator().name();
        var card = new Div();
        card.addClassNames("card", "indicator-card");
        card.setId("indicator-" + name);
        var heading = new Div(new H3(texts.indicator(indicator.indicator())),
                statusBadge(texts.status(indicator.status()), indicator.status(), "indicator-" + name + "-status"));
        heading.addClassName("card-heading");
        card.add(heading);
        var table = new Div();
        table.addClassName("part-table");
        var header = new Div();
        header.addClassNames("part-row", "part-header");
        for (var column : List.of("part", "standard", "figure", "status", "provenance")) {
            header.add(new Span(getTranslation("appraisal.column." + column)));
        }
        header.add(new Span());
        table.add(header);
        indicator.parts().forEach(part -> table.add(partRow(part, report)));
        card.add(table);
        return card;
    }

    private Component partRow(PartResult result, ScorecardReport report) {
        var part = result.part();
        var id = "part-" + part.name();
        var period = report.scorecard().period();
        var row = new Div();
        row.addClassName("part-row");
        row.setId(id);

        var name = new Span(texts.part(part));
        name.setId(id + "-name");
        var nameCell = new Div(name);
        nameCell.addClassName("part-name");
        if (part.veto()) {
            var veto = new Span(getTranslation("appraisal.veto"));
            veto.addClassNames("badge", "veto");
            veto.setId(id + "-veto");
            veto.setTitle(getTranslation("appraisal.veto.explained"));
            nameCell.add(veto);
        }
        if (part.basis() == Basis.YEAR) {
            var annual = new Span(getTranslation("appraisal.annual"));
            annual.addClassNames("badge", "annual");
            nameCell.add(annual);
        }

        var standard = new Span(texts.standard(result.threshold(), part.unit()));
        standard.setId(id + "-standard");

        var figure = new Span(texts.figureWithCounts(result));
        figure.setId(id + "-figure");
        figure.addClassName("figure-text");
        var figureCell = new Div(figure);
        var note = texts.note(result, period);
        if (!note.isEmpty()) {
            var line = new Span(note);
            line.setId(id + (result.progress().isPresent() ? "-progress" : "-derivation"));
            line.addClassName("muted");
            figureCell.add(line);
        }

        var status = statusBadge(texts.status(result), result.status(), id + "-status");
        if (!result.counts()) {
            status.setTitle(getTranslation("appraisal.progress.not-judged"));
        }

        var provenance = new Div();
        provenance.setId(id + "-provenance");
        provenance.addClassName("provenance");
        if (result.values().isEmpty()) {
            var none = new Span(getTranslation("appraisal.provenance.none"));
            none.addClassName("muted");
            provenance.add(none);
        }
        for (var value : result.values()) {
            provenance.add(provenanceLine(value, result.values().size() > 1));
        }

        var buttons = new Div();
        buttons.addClassName("part-actions");
        var details = new Button(getTranslation("appraisal.action.details"),
                e -> new PartDetails(result, period, texts, figures).open());
        details.setId(id + "-details");
        details.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        buttons.add(details);
        if (report.enterable(part)) {
            var enter = new Button(getTranslation("appraisal.action.enter"),
                    e -> enter(part, result.threshold(), period));
            enter.setId(id + "-enter");
            enter.addThemeVariants(ButtonVariant.SMALL);
            buttons.add(enter);
        }

        row.add(nameCell, standard, figureCell, status, provenance, buttons);
        return row;
    }

    private Component provenanceLine(PartValue value, boolean withPeriod) {
        var line = new Div();
        line.addClassName("provenance-line");
        if (withPeriod) {
            var period = new Span(texts.period(value.period()) + ": "
                    + texts.measurement(value.measurement(), value.part()));
            period.addClassName("muted");
            line.add(period);
        }
        switch (value.provenance()) {
            case Provenance.Manual manual -> {
                var badge = new Span(getTranslation("appraisal.provenance.manual"));
                badge.addClassNames("badge", "manual");
                var who = new Span(getTranslation("appraisal.provenance.manual-by", texts.person(manual.enteredBy()),
                        texts.dateTime(manual.enteredAt()), manual.reason()));
                line.add(badge, who);
                if (manual.attachment().isPresent()) {
                    var clip = VaadinIcon.PAPERCLIP.create();
                    clip.addClassName("attachment-icon");
                    clip.setTooltipText(getTranslation("appraisal.provenance.with-attachment"));
                    line.add(clip);
                }
            }
            case Provenance.FromRecords records -> {
                var badge = new Span(getTranslation("appraisal.provenance.records"));
                badge.addClassNames("badge", "records");
                line.add(badge, new Span(texts.source(records.source())));
            }
        }
        return line;
    }

    /** Every figure of the period on one screen: all saved together, or none. */
    private void enterFigures(ScorecardReport report) {
        var period = report.scorecard().period();
        var form = new FiguresForm(report, scorecards, figures, figureSheet, texts);
        var dialog = new FormDialog(getTranslation("appraisal.figures.title", texts.period(period)),
                getTranslation("appraisal.action.save"), "figures", form, () -> form.errors().run(() -> {
                    var lines = form.lines();
                    if (lines.isEmpty()) {
                        throw new InvalidValue("figures", "appraisal.figures.nothing-changed");
                    }
                    figures.enterAll(period, lines, form.reason(), form.attachment());
                    FormErrors.success(this, getTranslation("appraisal.figures.saved", lines.size()));
                    load(period);
                }));
        dialog.allowReload("figures-reload", () -> {
            dialog.close();
            load(period);
        });
        dialog.setWidth("min(52rem, 95vw)");
        dialog.open();
    }

    private void enter(Part part, Threshold threshold, Period period) {
        var existing = scorecards.manualEntry(part, period);
        var form = new FigureForm(part, threshold, existing, figures, texts);
        long version = existing.map(ManualEntry::version).orElse(0L);
        var dialog = new FormDialog(getTranslation(existing.isPresent() ? "appraisal.figure.replace-title"
                : "appraisal.figure.title", texts.part(part), texts.period(period)),
                getTranslation("appraisal.action.save"), "figure", form, () -> save(form, period, version));
        dialog.allowReload("figure-reload", () -> {
            dialog.close();
            enter(part, threshold, period);
        });
        dialog.setWidth("min(44rem, 95vw)");
        dialog.open();
    }

    private boolean save(FigureForm form, Period period, long version) {
        boolean saved = form.errors().run(() -> figures.enter(form.part(), period, form.measurement(), form.reason(),
                form.attachment(), version));
        if (saved) {
            FormErrors.success(this, getTranslation("appraisal.figure.saved"));
            load(period);
        }
        return saved;
    }

    private void approve(ScorecardReport report) {
        var scorecard = report.scorecard();
        var explanation = new Span(getTranslation("appraisal.approve.explained", texts.status(scorecard.status()),
                texts.summary(scorecard)));
        explanation.addClassName("muted");
        var comment = new TextArea(getTranslation("appraisal.approve.comment"));
        comment.setId("approve-comment");
        comment.setMaxLength(ScorecardApproval.MAX_COMMENT);
        var form = new FormLayout(explanation, comment);
        form.setColspan(explanation, 2);
        form.setColspan(comment, 2);
        var errors = new FormErrors(form).bind("comment", comment);
        new FormDialog(getTranslation("appraisal.approve.title", texts.period(scorecard.period())),
                getTranslation("appraisal.action.approve"), "approve", form, () -> {
                    boolean done = errors.run(() -> approvals.approve(scorecard.period(), comment.getValue()));
                    if (done) {
                        FormErrors.success(this, getTranslation("appraisal.approve.done"));
                    }
                    load(scorecard.period());
                    return done;
                }).open();
    }

    private Component exports(ScorecardReport report) {
        var period = report.scorecard().period();
        var excel = download("scorecard-export-xlsx", getTranslation("appraisal.export.excel"), period,
                DocumentFormat.EXCEL);
        var document = download("scorecard-export-pdf", getTranslation("appraisal.export.pdf"), period,
                DocumentFormat.PDF);
        var links = new Div(excel, document);
        links.addClassName("export-links");
        return links;
    }

    /** A link that asks for the file when clicked: the scorecard as it reads then, in the format. */
    private Anchor download(String id, String text, Period period, DocumentFormat format) {
        return FileLink.of(id, text, () -> scorecards.export(period, format));
    }

    private Component trend(List<Scorecard> trend) {
        var card = new Div();
        card.addClassNames("card", "trend-card");
        card.setId("scorecard-trend");
        card.add(new H3(getTranslation("appraisal.trend.title", trend.size())));
        if (trend.isEmpty()) {
            return card;
        }
        for (var indicator : trend.getFirst().indicators()) {
            var which = indicator.indicator();
            var strip = new Div();
            strip.addClassName("trend-strip");
            strip.setId("trend-" + which.name());
            var label = new Span(texts.indicator(which));
            label.addClassName("trend-indicator");
            strip.add(label);
            for (var scorecard : trend) {
                var status = scorecard.indicator(which).status();
                var chip = new Span(TrendChart.shortLabel(scorecard));
                chip.addClassNames("chip", status.name().toLowerCase(Locale.ROOT));
                chip.setTitle(texts.period(scorecard.period()) + ": " + texts.status(status));
                strip.add(chip);
            }
            var charts = new Div();
            charts.addClassName("trend-charts");
            for (var part : which.parts()) {
                if (part.basis() != Basis.QUARTER) {
                    continue;
                }
                var name = new Span(texts.part(part) + "  " + texts.standard(trend.getLast().part(part)
                        .orElseThrow().threshold(), part.unit()));
                name.addClassName("trend-chart-title");
                var chart = new Div(name, new Svg(TrendChart.svg(part, trend, texts)));
                chart.addClassName("trend-chart");
                chart.setId("trend-" + part.name());
                charts.add(chart);
            }
            card.add(strip, charts);
        }
        return card;
    }

    private static Span statusBadge(String text, Status status, String id) {
        var badge = new Span(text);
        badge.setId(id);
        badge.addClassNames("badge", "status", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private static final Comparator<Period> NEWEST_FIRST = Comparator.comparing(Period::endExclusive)
            .reversed().thenComparing(p -> p instanceof Period.Year ? 0 : 1);

    /** The quarters and years of the last few years up to today, newest first; nothing that has not begun. */
    static List<Period> recentPeriods(LocalDate today) {
        var current = Period.quarterOf(today);
        var periods = new ArrayList<Period>();
        for (var quarter : current.trailing(YEARS_OFFERED * 4 + current.quarter())) {
            periods.add(quarter);
            if (quarter.quarter() == 4 || quarter.equals(current)) {
                periods.add(quarter.asYear());
            }
        }
        periods.sort(NEWEST_FIRST);
        return periods;
    }

    /** The last quarter of the trend: the quarter itself, or the year's last quarter that has begun. */
    static Period.Quarter lastQuarterOf(Period period) {
        var current = Period.quarterOf(LocalDate.now(Formats.timeZone()));
        return switch (period) {
            case Period.Quarter quarter -> quarter;
            case Period.Year year -> year.year() == current.year() ? current : new Period.Quarter(year.year(), 4);
        };
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.timeZone());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appraisal.scorecard.title");
    }

    /** The period on screen, for tests. */
    @Nullable Period period() {
        return period.getValue();
    }
}
