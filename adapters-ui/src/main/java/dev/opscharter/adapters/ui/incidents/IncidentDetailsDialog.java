package dev.opscharter.adapters.ui.incidents;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.incidents.port.in.IncidentQueries.IncidentDetails;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentAction;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.StepTiming;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One incident in full: its type, who reported it and when, the four steps each with its limit, who did it and
 * when, the time it took (or has taken so far) and whether it was in time or is overdue, what was recorded, and
 * the director's ruling with who and when; the next step and the ruling as the domain offers them to this user.
 */
final class IncidentDetailsDialog {

    private final IncidentTexts texts;
    private final Facts facts;
    private final IncidentDetails details;

    private IncidentDetailsDialog(IncidentTexts texts, Facts facts, IncidentDetails details) {
        this.texts = texts;
        this.facts = facts;
        this.details = details;
    }

    /**
     * @param owners  who a post-mortem's follow-ups may be assigned to; empty for a user who assigns none
     * @param changed runs after every step, for the list behind the dialog
     */
    static void open(IncidentQueries queries, ManageIncidents manage, IncidentTexts texts, MyPermissions permissions,
                     Optional<Supplier<List<String>>> owners, IncidentId id, Runnable changed) {
        var loaded = new AtomicReference<IncidentDetails>();
        var steps = new StepActions<Incident, IncidentAction>()
                .on(IncidentAction.DO_STEP, "incidents.do-step", "incident-do-step", ButtonVariant.PRIMARY,
                        (owner, incident, done) -> new IncidentStepForms(owner, manage, texts, done)
                                .doStep(incident, owners))
                .on(IncidentAction.RULE, "incidents.rule", "incident-rule-open",
                        (owner, incident, done) -> new IncidentStepForms(owner, manage, texts, done).rule(incident));
        new RecordDialog<>("incident-details", () -> {
            var found = queries.incident(id).orElseThrow(() -> new NotFound("Incident", id));
            loaded.set(found);
            return found.incident();
        }, Incident::title, (incident, facts) -> new IncidentDetailsDialog(texts, facts, loaded.get()).show(incident),
                steps, changed).history(permissions, "Incident", id).open();
    }

    private void show(Incident incident) {
        var state = texts.state(incident, details.timings());
        state.setId("incident-state");
        facts.item("incidents.field.state", state);
        facts.text("incidents.field.type", "incident-type", texts.type(details.type()));
        facts.text("incidents.field.reported", "incident-reported",
                texts.person(incident.reportedBy()) + " · " + Formats.dateTime(incident.reportedAt()));
        facts.text("incidents.field.next-step", "incident-next-step",
                incident.nextStep().map(texts::step).orElseGet(() -> texts.t("incidents.finished")));
        var ruling = incident.ruling().<Component>map(r -> new StatusBadge(texts.ruling(r),
                r.majorAccident() ? StatusBadge.Tone.ERROR : StatusBadge.Tone.SUCCESS))
                .orElseGet(() -> new Span(texts.t("incidents.ruling.none")));
        ruling.setId("incident-ruling");
        facts.item("incidents.field.ruling", ruling);
        facts.section(steps(incident));
    }

    private Component steps(Incident incident) {
        var basis = details.type().limits().basis();
        var grid = new Grid<StepTiming>();
        grid.setId("incident-steps");
        grid.addColumn(timing -> texts.step(timing.step())).setHeader(texts.t("incidents.field.step"))
                .setAutoWidth(true);
        grid.addColumn(timing -> texts.duration(timing.limit(), basis)).setHeader(texts.t("incidents.field.limit"))
                .setAutoWidth(true);
        grid.addColumn(timing -> timing.took().map(took -> texts.duration(took, basis)).orElse("—"))
                .setHeader(texts.t("incidents.field.elapsed")).setAutoWidth(true);
        grid.addComponentColumn(timing -> texts.timing(timing.state())).setHeader(texts.t("incidents.field.timing"))
                .setAutoWidth(true);
        grid.addColumn(timing -> incident.handled().containsKey(timing.step())
                ? texts.person(incident.handled().get(timing.step()).by()) + " · "
                + Formats.dateTime(incident.timeline().done().get(timing.step())) : "")
                .setHeader(texts.t("incidents.field.done-by")).setAutoWidth(true);
        grid.addColumn(timing -> incident.record(timing.step()).map(texts::record).orElse(""))
                .setHeader(texts.t("incidents.field.record")).setFlexGrow(3);
        grid.setItems(details.timings());
        grid.setAllRowsVisible(true);
        return new Div(new H4(texts.t("incidents.steps")), grid);
    }
}
