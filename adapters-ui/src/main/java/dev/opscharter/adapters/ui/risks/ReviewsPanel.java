package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.Paging;
import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.risks.port.in.RunRiskReviews;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskReview;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.HashMap;
import java.util.Map;

/**
 * The monthly and quarterly reviews of the register, latest first, each with the risks it went through, the
 * ratings it changed and its decisions (a click on a row unfolds them); managers and the director hold the review
 * of a period that is due. Ids: {@code risk-reviews-grid}, {@code risk-reviews-hold}, the form's
 * {@code risk-review-*}.
 */
final class ReviewsPanel extends Composite<VerticalLayout> {

    private final RunRiskReviews reviews;
    private final RiskQueries queries;
    private final RiskTexts texts;
    private final Grid<RiskReview> grid = new Grid<>();
    /** Codes of the risks the unfolded reviews name, read once per risk. */
    private final Map<RiskId, String> codes = new HashMap<>();

    ReviewsPanel(RunRiskReviews reviews, RiskQueries queries, RiskTexts texts, boolean mayHold) {
        this.reviews = reviews;
        this.queries = queries;
        this.texts = texts;
        var toolbar = new Toolbar();
        var hold = toolbar.button("risks.review.hold", "risk-reviews-hold", this::hold);
        hold.setVisible(mayHold);
        grid.setId("risk-reviews-grid");
        grid.addColumn(r -> texts.period(r.period())).setHeader(texts.t("risks.review.period")).setAutoWidth(true);
        grid.addColumn(r -> texts.t(r.period() instanceof ReviewPeriod.Month ? "risks.review.monthly"
                : "risks.review.quarterly")).setHeader(texts.t("risks.review.kind")).setAutoWidth(true);
        grid.addColumn(r -> Formats.number(r.reviewed().size())).setHeader(texts.t("risks.review.reviewed"));
        grid.addColumn(r -> Formats.number(r.changes().size())).setHeader(texts.t("risks.review.changes"));
        grid.addColumn(r -> String.join("; ", r.decisions())).setHeader(texts.t("risks.review.decisions"))
                .setFlexGrow(3);
        grid.addColumn(r -> texts.person(r.heldBy()) + " · " + Formats.dateTime(r.heldAt()))
                .setHeader(texts.t("risks.review.held")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setPageSize(50);
        var content = getContent();
        content.setPadding(false);
        content.setSizeFull();
        content.add(toolbar, grid);
        content.setFlexGrow(1, grid);
    }

    void refresh() {
        grid.setItems(Paging.lazy(reviews::reviews, reviews::countReviews, RiskReview::id));
    }

    private Div details(RiskReview review) {
        var reviewed = new UnorderedList();
        review.reviewed().forEach(risk -> reviewed.add(new ListItem(code(risk))));
        var changes = new UnorderedList();
        review.changes().forEach(change -> changes.add(new ListItem(texts.t("risks.review.change", code(change.risk()),
                texts.rating(change.before()), texts.rating(change.after())))));
        var decisions = new UnorderedList();
        review.decisions().forEach(decision -> decisions.add(new ListItem(decision)));
        var details = new Div();
        details.setId("risk-review-details");
        details.add(new H5(texts.t("risks.review.reviewed")), reviewed, new H5(texts.t("risks.review.changes")),
                changes, new H5(texts.t("risks.review.decisions")), decisions);
        return details;
    }

    private String code(RiskId risk) {
        return codes.computeIfAbsent(risk, id -> {
            var found = new String[]{id.toString()};
            new FormErrors(this).run(() -> {
                var r = queries.risk(id).record();
                found[0] = r.code() + " · " + r.title();
            });
            return found[0];
        });
    }

    /**
     * The review of a due period: the open risks gone through, the ratings it changes (each also a re-rating in the
     * risk's history) and the decisions taken, one per line.
     */
    private void hold() {
        var period = new ComboBox<ReviewPeriod>(texts.t("risks.review.period"));
        period.setId("risk-review-period");
        var due = reviews.due();
        period.setItems(due);
        period.setItemLabelGenerator(texts::period);
        if (!due.isEmpty()) {
            period.setValue(due.getFirst());
        }
        period.setHelperText(texts.t(due.isEmpty() ? "risks.review.none-due" : "risks.review.due-help"));
        var reviewed = new MultiSelectComboBox<Risk>(texts.t("risks.review.reviewed"));
        reviewed.setId("risk-review-risks");
        var open = queries.risks(RiskFilter.OPEN, PageRequest.first(PageRequest.MAX_LIMIT));
        reviewed.setItems(open);
        reviewed.setItemLabelGenerator(r -> r.code() + " · " + r.title());
        reviewed.select(open);
        var decisions = StepActions.note(this, "risk-review-decisions", "risks.review.decisions", false,
                RiskReview.MAX_DECISION * 10);
        decisions.setHelperText(texts.t("risks.review.decisions.help"));
        var changes = new RatingChangesEditor(texts, open);
        var errors = new FormErrors(this).bind("period", period).bind("decisions", decisions);
        var request = RequestKey.fresh();
        var form = new FormLayout(period, reviewed, changes, decisions);
        form.setColspan(changes, 2);
        form.setWidth("min(760px, 90vw)");
        new FormDialog(texts.t("risks.review.hold"), texts.t("action.save"), "risk-review", form,
                () -> Attempt.run(this, errors, "risks.review.held.done", () -> reviews.hold(request,
                        period.getOptionalValue().orElseThrow(() -> new InvalidValue("period", "validation.required")),
                        reviewed.getSelectedItems().stream().map(Risk::id).toList(), changes.value(),
                        decisions.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()),
                        this::refresh)).open();
    }
}
