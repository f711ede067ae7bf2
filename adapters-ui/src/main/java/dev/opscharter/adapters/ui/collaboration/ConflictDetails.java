package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.collaboration.port.in.ConflictQueries;
import dev.opscharter.application.collaboration.port.in.ManageConflicts;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.ConflictId;
import dev.opscharter.domain.collaboration.ConflictStep;
import dev.opscharter.domain.collaboration.ResolutionPlan;

import java.util.Optional;

/**
 * One conflict in full: the parties, the matter, who raised it and when; the agreed resolution with who agreed it,
 * the standing plan it applied and who recorded it; its follow-up items with the work item each became; and
 * exactly the steps the domain gives this user.
 */
final class ConflictDetails {

    /** What the details need. */
    record Context(ConflictQueries queries, ManageConflicts manage, CharterQueries charter,
                   ActionItemsGrid.Routing routing, MyPermissions permissions, CollaborationTexts texts) {
    }

    private final Context context;
    private final Facts facts;

    private ConflictDetails(Context context, Facts facts) {
        this.context = context;
        this.facts = facts;
    }

    /** @param changed runs after every step, for the list behind the dialog */
    static void open(Context context, ConflictId id, Runnable changed) {
        var manage = context.manage();
        var texts = context.texts();
        var steps = new StepActions<Conflict, ConflictStep>()
                .on(ConflictStep.RESOLVE, "collaboration.conflict.step.resolve", "conflict-step-resolve",
                        ButtonVariant.PRIMARY,
                        (owner, c, done) -> new ConflictStepForms(owner, manage, texts, done).resolve(c))
                .on(ConflictStep.APPLY_PLAN, "collaboration.conflict.step.apply-plan", "conflict-step-apply-plan",
                        (owner, c, done) -> new ConflictStepForms(owner, manage, texts, done).applyPlan(c,
                                context.queries().plans().stream().filter(ResolutionPlan::active).toList()))
                .on(ConflictStep.ADD_FOLLOW_UP, "collaboration.conflict.step.follow-up", "conflict-step-follow-up",
                        (owner, c, done) -> new ConflictStepForms(owner, manage, texts, done)
                                .addFollowUp(c, context.charter().inForce()));
        new RecordDialog<>("conflict-details", () -> context.queries().conflict(id),
                c -> texts.departments(c.parties()), (conflict, facts) -> new ConflictDetails(context, facts)
                .show(conflict), steps, changed).history(context.permissions(), "Conflict", id).open();
    }

    private void show(Conflict conflict) {
        var texts = context.texts();
        var status = texts.conflictStatus(conflict);
        status.setId("conflict-status");
        facts.item("collaboration.conflict.status", status);
        facts.text("collaboration.conflict.parties", "conflict-parties", texts.departments(conflict.parties()));
        facts.text("collaboration.conflict.raised", "conflict-raised",
                texts.person(conflict.raisedBy()) + " · " + Formats.dateTime(conflict.raisedAt()));
        var matter = facts.text("collaboration.conflict.matter", "conflict-matter", conflict.matter());
        matter.getStyle().set("white-space", "pre-line");
        conflict.resolution().ifPresent(resolution -> {
            var text = facts.text("collaboration.conflict.resolution", "conflict-resolution", resolution.text());
            text.getStyle().set("white-space", "pre-line");
            facts.text("collaboration.conflict.agreed-by", "conflict-agreed-by",
                    String.join(texts.t("collaboration.list-separator"), resolution.agreedBy()));
            resolution.plan().ifPresent(plan -> facts.text("collaboration.plan", "conflict-plan",
                    context.queries().plans().stream().filter(p -> p.id().equals(plan)).findFirst()
                            .map(ResolutionPlan::name).orElse(plan.toString())));
            facts.text("collaboration.conflict.recorded-by", "conflict-recorded",
                    texts.person(resolution.recordedBy()) + " · " + Formats.dateTime(resolution.at()));
        });
        facts.section(new Div(new H4(texts.t("collaboration.conflict.follow-ups")), ActionItemsGrid.of(
                "conflict-follow-ups", texts, conflict.followUps(), Optional.empty(), context.routing(),
                "collaboration.conflict.follow-ups.none")));
    }
}
