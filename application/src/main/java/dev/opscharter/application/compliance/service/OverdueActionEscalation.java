package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.in.EscalateOverdueActions;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.compliance.port.out.EscalationLog;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.domain.compliance.EscalationPolicy;
import dev.opscharter.domain.compliance.EscalationPolicy.Audience;
import dev.opscharter.domain.shared.Actor;

import java.util.List;

import static dev.opscharter.domain.compliance.CompliancePermission.SEE_ALL_ACTIONS;

/**
 * Runs daily as the system: for each overdue corrective action, tells the people the
 * {@link EscalationPolicy} names for today. The {@link EscalationLog} entry and the notification
 * are written in one transaction per person and action, so a rerun the same day (or a second
 * instance) sends nothing twice, and a failure for one action does not stop the others.
 */
public final class OverdueActionEscalation implements EscalateOverdueActions {

    static final String OWNER_KEY = "notification.corrective-action.overdue.owner";
    static final String MANAGER_KEY = "notification.corrective-action.overdue.manager";

    private final CorrectiveActions actions;
    private final EscalationLog log;
    private final Notifications notifications;
    private final UseCase uc;
    private final EscalationPolicy policy = new EscalationPolicy();

    public OverdueActionEscalation(CorrectiveActions actions, EscalationLog log, Notifications notifications,
                                   UseCase uc) {
        this.actions = actions;
        this.log = log;
        this.notifications = notifications;
        this.uc = uc;
    }

    @Override
    public Result escalate() {
        // not a permission any user holds: the job runs as the scheduler, which reads every action
        if (!(uc.actor() instanceof Actor.Scheduler)) {
            throw new AccessDenied("only the system escalates overdue actions");
        }
        var today = uc.calendar().today();
        var overdue = uc.read(SEE_ALL_ACTIONS, () -> actions.overdueOn(today));
        int sent = 0;
        for (var action : overdue) {
            var decision = policy.decide(action, today);
            long days = action.daysOverdue(today);
            for (var recipient : decision.recipients()) {
                var key = recipient.audience() == Audience.OWNER ? OWNER_KEY : MANAGER_KEY;
                var arguments = recipient.audience() == Audience.OWNER
                        ? List.of(action.title(), action.dueOn().toString(), Long.toString(days))
                        : List.of(action.title(), action.owner(), action.dueOn().toString(), Long.toString(days));
                boolean told = uc.write(SEE_ALL_ACTIONS, () -> {
                    if (!log.markSent(action.id(), recipient.user(), today)) {
                        return false;
                    }
                    notifications.send(new Notification(recipient.user(), key, arguments,
                            CorrectiveActionService.LINK + action.id()));
                    return true;
                });
                if (told) {
                    sent++;
                }
            }
        }
        return new Result(overdue.size(), sent);
    }
}
