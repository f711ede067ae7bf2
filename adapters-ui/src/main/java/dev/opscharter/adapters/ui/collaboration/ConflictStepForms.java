package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.collaboration.port.in.ManageConflicts;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.ResolutionPlan;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The steps of a conflict, each a short form: the resolution the parties agreed and who agreed it, a standing plan
 * applied instead, a follow-up item; then the use case, whose refusals come back at the fields or as messages.
 * {@code done} runs after every attempt, so the dialog shows the conflict as it is.
 */
final class ConflictStepForms {

    private final Component screen;
    private final ManageConflicts manage;
    private final CollaborationTexts texts;
    private final Runnable done;

    ConflictStepForms(Component screen, ManageConflicts manage, CollaborationTexts texts, Runnable done) {
        this.screen = screen;
        this.manage = manage;
        this.texts = texts;
        this.done = done;
    }

    void resolve(Conflict conflict) {
        var resolution = StepActions.note(screen, "conflict-resolve-text", "collaboration.conflict.resolution", true,
                ResolutionPlan.MAX_TEXT);
        var agreedBy = agreedBy("conflict-resolve-agreed-by");
        var errors = new FormErrors(screen).bind("resolution", resolution).bind("agreedBy", agreedBy);
        open("collaboration.conflict.step.resolve", "conflict-resolve", new FormLayout(resolution, agreedBy),
                () -> attempt(errors, "collaboration.conflict.resolved", () -> manage.resolve(conflict.id(),
                        resolution.getValue(), names(agreedBy), conflict.version())));
    }

    /** @param plans the plans in force, to choose from */
    void applyPlan(Conflict conflict, List<ResolutionPlan> plans) {
        var plan = new ComboBox<ResolutionPlan>(texts.t("collaboration.plan"));
        plan.setId("conflict-apply-plan");
        plan.setItems(plans);
        plan.setItemLabelGenerator(ResolutionPlan::name);
        plan.setRequiredIndicatorVisible(true);
        plan.setWidthFull();
        plan.addValueChangeListener(e -> plan.setHelperText(e.getValue() == null ? null
                : texts.t("collaboration.plan.approach") + ": " + e.getValue().approach()));
        var agreedBy = agreedBy("conflict-apply-agreed-by");
        var errors = new FormErrors(screen).bind("plan", plan).bind("agreedBy", agreedBy);
        open("collaboration.conflict.step.apply-plan", "conflict-apply", new FormLayout(plan, agreedBy),
                () -> attempt(errors, "collaboration.conflict.resolved", () -> manage.applyPlan(conflict.id(),
                        plan.getOptionalValue().map(ResolutionPlan::id)
                                .orElseThrow(() -> new InvalidValue("plan", "validation.required")),
                        names(agreedBy), conflict.version())));
    }

    /** The follow-up is registered as a charter work item, once however often the button is clicked. */
    void addFollowUp(Conflict conflict, Charter inForce) {
        var form = new ActionItemForm("conflict-follow-up", texts, inForce);
        var request = RequestKey.fresh();
        new FormDialog(texts.t("collaboration.conflict.step.follow-up"), texts.t("action.save"), "conflict-follow-up",
                form, () -> attempt(form.errors(), "collaboration.item.added",
                () -> manage.addFollowUp(request, conflict.id(), form.value(), conflict.version()))).open();
    }

    private TextField agreedBy(String id) {
        var field = new TextField(texts.t("collaboration.conflict.agreed-by"));
        field.setId(id);
        field.setHelperText(texts.t("collaboration.conflict.agreed-by.help"));
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    /** The names as typed, separated by commas (either script's) or the Chinese enumeration comma. */
    static List<String> names(TextField field) {
        return Arrays.stream(field.getValue().split("[,，、;；]")).map(String::strip).filter(n -> !n.isEmpty())
                .toList();
    }

    private void open(String titleKey, String id, FormLayout form, BooleanSupplier action) {
        form.setWidth("min(560px, 90vw)");
        new FormDialog(texts.t(titleKey), texts.t("action.save"), id, form, action).open();
    }

    private boolean attempt(FormErrors errors, String successKey, Runnable useCase) {
        return Attempt.run(screen, errors, successKey, useCase, done);
    }
}
