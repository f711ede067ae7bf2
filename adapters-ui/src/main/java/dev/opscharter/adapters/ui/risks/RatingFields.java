package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.shared.InvalidValue;

/**
 * Likelihood and impact, 1–5 each, with the score and level they make shown as the user types: what the
 * domain's {@link RiskRating} computes, never a rule of the screen. Ids: {@code <id>-likelihood},
 * {@code <id>-impact}, {@code <id>-score}.
 */
final class RatingFields {

    final IntegerField likelihood = new IntegerField();
    final IntegerField impact = new IntegerField();
    final Span score = new Span();
    private final RiskTexts texts;

    RatingFields(String id, RiskTexts texts, RiskRating initial) {
        this.texts = texts;
        field(likelihood, id + "-likelihood", "risks.field.likelihood", initial.likelihood());
        field(impact, id + "-impact", "risks.field.impact", initial.impact());
        score.setId(id + "-score");
        likelihood.addValueChangeListener(e -> show());
        impact.addValueChangeListener(e -> show());
        show();
    }

    private void field(IntegerField field, String id, String labelKey, int value) {
        field.setId(id);
        field.setLabel(texts.t(labelKey));
        field.setHelperText(texts.t(labelKey + ".help"));
        field.setMin(RiskRating.MIN);
        field.setMax(RiskRating.MAX);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setValue(value);
    }

    FormErrors bind(FormErrors errors) {
        return errors.bind("likelihood", likelihood).bind("impact", impact);
    }

    /** The rating typed; what the domain refuses is thrown for the fields. */
    RiskRating value() {
        if (likelihood.getValue() == null) {
            throw new InvalidValue("likelihood", "validation.required");
        }
        if (impact.getValue() == null) {
            throw new InvalidValue("impact", "validation.required");
        }
        return new RiskRating(likelihood.getValue(), impact.getValue());
    }

    private void show() {
        score.removeAll();
        score.setText("");
        try {
            var rating = value();
            score.setText(texts.t("risks.field.score") + ": " + rating.score() + " ");
            score.add(texts.levelBadge(rating.level()));
        } catch (InvalidValue incomplete) {
            score.setText(texts.t("risks.field.score") + ": —");
        }
    }
}
