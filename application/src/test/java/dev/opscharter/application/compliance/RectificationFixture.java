package dev.opscharter.application.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryCorrectiveActions;
import dev.opscharter.application.compliance.fakes.InMemoryEscalationLog;
import dev.opscharter.application.compliance.fakes.InMemoryFindingHistory;
import dev.opscharter.application.compliance.service.CorrectiveActionService;
import dev.opscharter.application.compliance.service.OverdueActionEscalation;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.fakes.InMemoryAttachments;
import dev.opscharter.application.shared.fakes.RecordingNotifications;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;

import java.util.Set;

/**
 * Rectification on in-memory fakes: a manager, two specialists, a director and an auditor with
 * accounts named like their user names; the manager acts first. Clock: {@link OrganizationFixture#NOW}.
 */
public final class RectificationFixture {

    public final OrganizationFixture org = new OrganizationFixture();
    public final InMemoryCorrectiveActions actions = new InMemoryCorrectiveActions();
    public final InMemoryAttachments evidence = new InMemoryAttachments();
    public final InMemoryFindingHistory findings = new InMemoryFindingHistory();
    public final InMemoryEscalationLog escalationLog = new InMemoryEscalationLog();
    public final RecordingNotifications notifications = new RecordingNotifications();

    public final Actor manager = member("manager", Role.OPS_MANAGER);
    public final Actor owner = member("specialist", Role.OPS_SPECIALIST);
    public final Actor otherSpecialist = member("other.specialist", Role.OPS_SPECIALIST);
    public final Actor director = member("director", Role.OPS_DIRECTOR);
    public final Actor auditor = member("auditor", Role.AUDITOR);

    public RectificationFixture() {
        actAs(manager);
    }

    public CorrectiveActionService service() {
        return new CorrectiveActionService(actions, evidence, findings, org.accounts, org.people, notifications,
                org.useCase);
    }

    public OverdueActionEscalation escalation() {
        return new OverdueActionEscalation(actions, escalationLog, notifications, org.useCase);
    }

    public Actor actAs(Actor someone) {
        return org.actAs(someone);
    }

    private Actor member(String username, Role role) {
        var operations = org.departments.all().stream().findFirst()
                .orElseGet(() -> org.department("OPERATIONS", DepartmentKind.OPERATIONS));
        var person = org.person(username + " person", operations).roles(role).save();
        org.account(person, username);
        return Actor.user(username, Set.of(role));
    }
}
