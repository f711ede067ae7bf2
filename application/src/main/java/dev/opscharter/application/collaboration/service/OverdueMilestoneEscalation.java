package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.port.in.EscalateOverdueMilestones;
import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.collaboration.port.out.MilestoneEscalationLog;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.compliance.EscalationPolicy;
import dev.opscharter.domain.shared.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dev.opscharter.domain.collaboration.CollaborationPermission.READ;

/**
 * Runs daily as the system: for each overdue milestone of a running project, tells its department's lead and, from
 * {@link EscalationPolicy#MANAGER_FROM_DAY} overdue days, the manager who planned the project, the same thresholds
 * as overdue corrective actions. The log entry and the notification are written in one transaction per person and
 * milestone, so a rerun the same day sends nothing twice.
 */
public final class OverdueMilestoneEscalation implements EscalateOverdueMilestones {

    static final String LEAD_KEY = "notification.milestone.overdue.lead";
    static final String MANAGER_KEY = "notification.milestone.overdue.manager";
    static final String LINK = "collaboration/projects?project=";

    private final CrossDepartmentProjects projects;
    private final MilestoneEscalationLog log;
    private final Notifications notifications;
    private final DepartmentContacts contacts;
    private final UseCase uc;

    public OverdueMilestoneEscalation(CrossDepartmentProjects projects, MilestoneEscalationLog log,
                                      Notifications notifications, DepartmentContacts contacts, UseCase uc) {
        this.projects = projects;
        this.log = log;
        this.notifications = notifications;
        this.contacts = contacts;
        this.uc = uc;
    }

    @Override
    public Result escalate() {
        // not a permission any user holds: the job runs as the scheduler
        if (!(uc.actor() instanceof Actor.Scheduler)) {
            throw new AccessDenied("only the system escalates overdue milestones");
        }
        var today = uc.calendar().today();
        var running = uc.read(READ, projects::active);
        int overdue = 0;
        int sent = 0;
        for (var project : running) {
            for (var milestone : project.overdueMilestones(today)) {
                overdue++;
                long days = milestone.daysOverdue(today);
                var leads = uc.read(READ, () -> contacts.of(Set.of(milestone.owner()), false));
                for (var lead : leads) {
                    sent += tell(lead, LEAD_KEY, project, milestone, today,
                            List.of(project.name(), milestone.title(), milestone.dueOn().toString(), days + ""));
                }
                if (days >= EscalationPolicy.MANAGER_FROM_DAY && !leads.contains(project.createdBy())) {
                    sent += tell(project.createdBy(), MANAGER_KEY, project, milestone, today, List.of(project.name(),
                            milestone.title(), milestone.owner().value(), milestone.dueOn().toString(), days + ""));
                }
            }
        }
        return new Result(overdue, sent);
    }

    private int tell(String recipient, String key, CrossDepartmentProject project, Milestone milestone,
                     LocalDate today, List<String> arguments) {
        boolean told = uc.write(READ, () -> {
            if (!log.markSent(milestone.id(), recipient, today)) {
                return false;
            }
            notifications.send(new Notification(recipient, key, arguments, LINK + project.id()));
            return true;
        });
        return told ? 1 : 0;
    }
}
