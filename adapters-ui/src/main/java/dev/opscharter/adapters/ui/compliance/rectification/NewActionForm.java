package dev.opscharter.adapters.ui.compliance.rectification;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new corrective action: the finding it answers (check, period, process, deviation type, step,
 * as the check results pass them in the address), then what is to be done, by whom, by when.
 */
final class NewActionForm extends Composite<FormLayout> {

    final TextField check = new TextField();
    final TextField period = new TextField();
    final TextField process = new TextField();
    final ComboBox<DeviationType> type = new ComboBox<>();
    final TextField step = new TextField();
    final TextArea description = new TextArea();
    final IntegerField cases = new IntegerField();
    final TextField title = new TextField();
    final ComboBox<String> owner = new ComboBox<>();
    final LocalizedDatePicker dueOn;
    final TextArea rootCause = new TextArea();
    private final FormErrors errors;

    NewActionForm(ActionTexts texts, List<String> possibleOwners, LocalDate today, String defaultPeriod) {
        dueOn = new LocalizedDatePicker(texts.t("actions.field.due-on"));
        var layout = getContent();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        field(check, "actions-new-check", texts.t("actions.field.check"));
        check.setHelperText(texts.t("actions.field.check.help"));
        field(period, "actions-new-period", texts.t("actions.field.period"));
        period.setValue(defaultPeriod);
        period.setRequiredIndicatorVisible(true);
        field(process, "actions-new-process", texts.t("actions.field.process"));
        process.setRequiredIndicatorVisible(true);
        type.setId("actions-new-type");
        type.setLabel(texts.t("actions.field.deviation-type"));
        type.setItems(DeviationType.values());
        type.setItemLabelGenerator(texts::type);
        type.setRequiredIndicatorVisible(true);
        field(step, "actions-new-step", texts.t("actions.field.step"));
        step.setHelperText(texts.t("actions.field.step.help"));
        description.setId("actions-new-description");
        description.setLabel(texts.t("actions.field.finding-description"));
        description.setMaxLength(CorrectiveAction.MAX_TEXT);
        cases.setId("actions-new-cases");
        cases.setLabel(texts.t("actions.field.cases"));
        cases.setMin(0);
        cases.setValue(0);
        field(title, "actions-new-title", texts.t("actions.field.title"));
        title.setMaxLength(CorrectiveAction.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        owner.setId("actions-new-owner");
        owner.setLabel(texts.t("actions.field.owner"));
        owner.setItems(possibleOwners);
        owner.setItemLabelGenerator(texts::person);
        owner.setRequiredIndicatorVisible(true);
        dueOn.setId("actions-new-due-on");
        dueOn.setMin(today);
        dueOn.setValue(today.plusDays(14));
        dueOn.setRequiredIndicatorVisible(true);
        rootCause.setId("actions-new-root-cause");
        rootCause.setLabel(texts.t("actions.field.root-cause"));
        rootCause.setHelperText(texts.t("actions.field.root-cause.help"));
        rootCause.setMaxLength(CorrectiveAction.MAX_TEXT);
        layout.add(check, period, process, type, step, cases, description, title, owner, dueOn, rootCause);
        layout.setColspan(check, 2);
        layout.setColspan(description, 2);
        layout.setColspan(title, 2);
        layout.setColspan(rootCause, 2);
        errors = new FormErrors(this).bind("period", period).bind("process", process).bind("deviationType", type)
                .bind("step", step).bind("title", title).bind("owner", owner).bind("dueOn", dueOn)
                .bind("findingDescription", description).bind("rootCause", rootCause).bind("caseCount", cases);
    }

    private static void field(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(label);
    }

    FormErrors errors() {
        return errors;
    }

    /** Fills the finding from the address the check results link with; a bad value is left out. */
    /** Fills in what a link from a check's results knows of the finding; leaves out what does not parse. */
    void prefill(QueryParameters finding) {
        finding.getSingleParameter("check").ifPresent(check::setValue);
        finding.getSingleParameter("period").ifPresent(period::setValue);
        finding.getSingleParameter("process").ifPresent(process::setValue);
        finding.getSingleParameter("type").ifPresent(name -> {
            try {
                type.setValue(DeviationType.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                type.clear();
            }
        });
        finding.getSingleParameter("step").ifPresent(step::setValue);
        finding.getSingleParameter("cases").ifPresent(count -> {
            try {
                cases.setValue(Math.max(0, Integer.parseInt(count)));
            } catch (NumberFormatException notANumber) {
                cases.setValue(0);
            }
        });
    }

    /** The typed action; an invalid finding is thrown as {@link InvalidValue} for the form's fields. */
    NewCorrectiveAction value() {
        UUID checkId = null;
        if (!check.getValue().isBlank()) {
            try {
                checkId = UUID.fromString(check.getValue().strip());
            } catch (IllegalArgumentException notAnId) {
                check.setInvalid(true);
                check.setErrorMessage(getTranslation("validation.corrective-action.check-id"));
                throw new InvalidValue("check", "validation.corrective-action.check-id");
            }
        }
        if (type.getValue() == null) {
            throw new InvalidValue("deviationType", "validation.required");
        }
        var finding = new FindingRef(checkId, period.getValue(), process.getValue(), type.getValue(),
                step.getValue());
        if (dueOn.getValue() == null) {
            throw new InvalidValue("dueOn", "validation.required");
        }
        return new NewCorrectiveAction(finding, description.getValue(), cases.getValue() == null ? 0 : cases.getValue(),
                title.getValue(), owner.getValue() == null ? "" : owner.getValue(), dueOn.getValue(),
                rootCause.getValue());
    }
}
