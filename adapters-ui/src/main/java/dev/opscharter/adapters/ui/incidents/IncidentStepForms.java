package dev.opscharter.adapters.ui.incidents;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The next step of an incident with its form — the cause located, the emergency measure, the stakeholders notified
 * (one per line), the post-mortem with the follow-up actions it raises as corrective actions — and the director's
 * ruling. A step carries the form's request key, so a repeated click records it once. {@code done} runs after every
 * attempt.
 */
final class IncidentStepForms {

    private final Component screen;
    private final ManageIncidents manage;
    private final IncidentTexts texts;
    private final Runnable done;

    IncidentStepForms(Component screen, ManageIncidents manage, IncidentTexts texts, Runnable done) {
        this.screen = screen;
        this.manage = manage;
        this.texts = texts;
        this.done = done;
    }

    /**
     * @param owners who a post-mortem's follow-up actions may be assigned to; empty for a user who assigns none
     */
    void doStep(Incident incident, Optional<Supplier<List<String>>> owners) {
        var step = incident.nextStep().orElseThrow();
        var text = StepActions.note(screen, "incident-step-text", "incidents.record." + step.name(), true,
                StepRecord.MAX_TEXT);
        var form = new FormLayout(text);
        if (step == IncidentStep.NOTIFY_STAKEHOLDERS) {
            text.setHelperText(texts.t("incidents.record.NOTIFY_STAKEHOLDERS.help"));
        }
        var followUps = owners.filter(o -> step == IncidentStep.POST_MORTEM)
                .map(o -> new FollowUpsEditor(texts, o.get()));
        followUps.ifPresent(form::add);
        var errors = new FormErrors(screen).bind("cause", text).bind("measure", text).bind("stakeholders", text)
                .bind("postMortem", text);
        var request = RequestKey.fresh();
        form.setWidth("min(720px, 90vw)");
        new FormDialog(texts.t("incidents.do-step.title", texts.step(step)), texts.t("incidents.do-step.save"),
                "incident-step", form, () -> Attempt.run(screen, errors, "incidents.step-done", () -> {
                    if (step == IncidentStep.POST_MORTEM) {
                        manage.postMortem(request, incident.id(), text.getValue(),
                                followUps.map(FollowUpsEditor::value).orElse(List.of()), incident.version());
                    } else {
                        manage.doStep(request, incident.id(), record(step, text.getValue()), incident.version());
                    }
                }, done)).open();
    }

    private static StepRecord record(IncidentStep step, String text) {
        return switch (step) {
            case LOCATE_CAUSE -> new StepRecord.Cause(text);
            case EMERGENCY_MEASURE -> new StepRecord.Measure(text);
            case NOTIFY_STAKEHOLDERS -> new StepRecord.Notified(text.lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList());
            case POST_MORTEM -> new StepRecord.PostMortem(text, List.of());
        };
    }

    void rule(Incident incident) {
        var ruling = new RadioButtonGroup<Boolean>(texts.t("incidents.rule.question"));
        ruling.setId("incident-rule-major");
        ruling.setItems(true, false);
        ruling.setItemLabelGenerator(major -> texts.t(major ? "incidents.rule.major" : "incidents.rule.not-major"));
        var errors = new FormErrors(screen).bind("majorAccident", ruling);
        var dialog = new FormDialog(texts.t("incidents.rule.title", incident.title()), texts.t("incidents.rule.save"),
                "incident-rule", new FormLayout(ruling), () -> Attempt.run(screen, errors, "incidents.ruled", () -> {
                    if (ruling.getValue() == null) {
                        throw new InvalidValue("majorAccident", "validation.required");
                    }
                    manage.rule(incident.id(), ruling.getValue(), incident.version());
                }, done));
        dialog.open();
    }
}
