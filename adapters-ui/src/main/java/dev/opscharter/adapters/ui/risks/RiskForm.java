package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.risks.port.in.ManageRisks.NewRisk;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskRating;

import java.util.List;

/**
 * A new risk of the register: code, title, category, owner, its rating (score and level shown live), the controls
 * in place and the contingency plan its indicators raise. Ids {@code risk-new-*}.
 */
final class RiskForm extends Composite<FormLayout> {

    private final TextField code = new TextField();
    private final TextField title = new TextField();
    private final TextField category = new TextField();
    private final ComboBox<String> owner = new ComboBox<>();
    private final RatingFields rating;
    private final TextArea controls = new TextArea();
    private final TextArea contingencyPlan = new TextArea();
    private final FormErrors errors;

    /**
     * @param categories the categories in use, named as a hint (a new one may be typed)
     * @param owners     the user names that may own a risk
     */
    RiskForm(RiskTexts texts, List<String> categories, List<String> owners) {
        var layout = getContent();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        text(code, "risk-new-code", texts.t("risks.field.code"), Risk.MAX_CODE);
        text(title, "risk-new-title", texts.t("risks.field.title"), Risk.MAX_TITLE);
        text(category, "risk-new-category", texts.t("risks.field.category"), Risk.MAX_CATEGORY);
        category.setHelperText(categories.isEmpty() ? "" : texts.t("risks.field.category.in-use",
                String.join(", ", categories)));
        owner.setId("risk-new-owner");
        owner.setLabel(texts.t("risks.field.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(texts::person);
        owner.setRequiredIndicatorVisible(true);
        rating = new RatingFields("risk-new", texts, new RiskRating(3, 3));
        area(controls, "risk-new-controls", texts.t("risks.field.controls"));
        area(contingencyPlan, "risk-new-plan", texts.t("risks.field.contingency-plan"));
        layout.add(code, title, category, owner, rating.likelihood, rating.impact, rating.score, controls,
                contingencyPlan);
        layout.setColspan(title, 1);
        layout.setColspan(rating.score, 2);
        layout.setColspan(controls, 2);
        layout.setColspan(contingencyPlan, 2);
        errors = rating.bind(new FormErrors(this).bind("code", code).bind("title", title).bind("category", category)
                .bind("owner", owner).bind("controls", controls).bind("contingencyPlan", contingencyPlan));
    }

    static void text(TextField field, String id, String label, int maxLength) {
        field.setId(id);
        field.setLabel(label);
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
    }

    static void area(TextArea area, String id, String label) {
        area.setId(id);
        area.setLabel(label);
        area.setMaxLength(Risk.MAX_TEXT);
        area.setWidthFull();
    }

    FormErrors errors() {
        return errors;
    }

    NewRisk value() {
        return new NewRisk(code.getValue(), title.getValue(), category.getValue(),
                owner.getOptionalValue().orElse(""), rating.value(), controls.getValue(), contingencyPlan.getValue());
    }
}
