package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.risks.port.in.RunRiskReviews.RatingChange;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The ratings a review changes: a risk, its new likelihood and impact (score and level shown as typed), added to
 * the list; each carries the version of the risk as the review saw it, so a risk changed meanwhile is refused.
 * Ids: {@code risk-review-change-risk}, {@code risk-review-change-likelihood}, {@code -impact}, {@code -add}, the
 * list {@code risk-review-changes}.
 */
final class RatingChangesEditor extends Composite<Div> {

    private record Row(Risk risk, RatingChange change) {
    }

    private final List<Row> added = new ArrayList<>();
    private final Grid<Row> grid = new Grid<>();

    RatingChangesEditor(RiskTexts texts, List<Risk> risks) {
        var risk = new ComboBox<Risk>(texts.t("risks.review.change-risk"));
        risk.setId("risk-review-change-risk");
        risk.setItems(risks);
        risk.setItemLabelGenerator(r -> r.code() + " · " + r.title());
        var rating = new RatingFields("risk-review-change", texts, risks.isEmpty()
                ? new RiskRating(RiskRating.MIN, RiskRating.MIN) : risks.getFirst().rating());
        risk.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                rating.likelihood.setValue(e.getValue().rating().likelihood());
                rating.impact.setValue(e.getValue().rating().impact());
            }
        });
        var errors = rating.bind(new FormErrors(this).bind("risk", risk));
        var add = new Button(texts.t("risks.review.change-add"), e -> {
            if (errors.run(() -> {
                var chosen = risk.getOptionalValue().orElseThrow(() -> new InvalidValue("risk", "validation.required"));
                added.removeIf(row -> row.risk().id().equals(chosen.id()));
                added.add(new Row(chosen, new RatingChange(chosen.id(), rating.value(), chosen.version())));
            })) {
                risk.clear();
                grid.setItems(added);
            }
        });
        add.setId("risk-review-change-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        grid.setId("risk-review-changes");
        grid.addColumn(row -> row.risk().code()).setHeader(texts.t("risks.field.code")).setAutoWidth(true);
        grid.addColumn(row -> texts.rating(row.risk().rating()) + " → " + texts.rating(row.change().rating()))
                .setHeader(texts.t("risks.review.changes")).setFlexGrow(3);
        grid.addComponentColumn(row -> new Button(texts.t("risks.review.change-remove"), e -> {
            added.remove(row);
            grid.setItems(added);
        })).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var fields = new HorizontalLayout(risk, rating.likelihood, rating.impact, rating.score, add);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        getContent().add(new H5(texts.t("risks.review.changes")), fields, grid);
    }

    List<RatingChange> value() {
        return added.stream().map(Row::change).toList();
    }
}
