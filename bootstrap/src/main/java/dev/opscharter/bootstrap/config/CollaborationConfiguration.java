package dev.opscharter.bootstrap.config;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.collaboration.port.out.Conflicts;
import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.collaboration.port.out.MilestoneEscalationLog;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.collaboration.port.out.ResolutionPlans;
import dev.opscharter.application.collaboration.service.ActionItemWork;
import dev.opscharter.application.collaboration.service.CollaborationOverviewService;
import dev.opscharter.application.collaboration.service.ConflictService;
import dev.opscharter.application.collaboration.service.DepartmentContacts;
import dev.opscharter.application.collaboration.service.MeetingNotices;
import dev.opscharter.application.collaboration.service.MeetingService;
import dev.opscharter.application.collaboration.service.OverdueMilestoneEscalation;
import dev.opscharter.application.collaboration.service.ProjectService;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.organization.service.ActorsDepartment;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cross-department collaboration (SPEC §5, issue 16) meets its adapters: the meeting series, meetings, projects,
 * conflicts and plans in PostgreSQL (V37); the charter's work items that action items and follow-ups become
 * (routed, and redirected to another department's lead citing the line, as the risks' contingency plans are); the
 * organization's people and accounts that name the leads and managers to tell; the inbox and mail that tell them
 * ({@link MailConfiguration}), as the incidents tell theirs. The schedule's jobs: {@code CollaborationMeetingsJob},
 * {@code OverdueMilestonesJob}.
 */
@Configuration(proxyBeanMethods = false)
public class CollaborationConfiguration {

    @Bean
    ActionItemWork actionItemWork(ManageWorkItems manage, WorkItems items, ProcessedRequests processed,
                                  UseCase useCase) {
        return new ActionItemWork(manage, items, processed, useCase);
    }

    @Bean
    DepartmentContacts departmentContacts(People people, UserAccounts accounts, Departments departments) {
        return new DepartmentContacts(people, accounts, departments);
    }

    @Bean
    MeetingService meetingService(RecurringMeetings series, Meetings meetings, ActionItemWork work,
                                  Notifications notifications, DepartmentContacts contacts,
                                  ProcessedRequests processed, UseCase useCase) {
        return new MeetingService(series, meetings, work, new MeetingNotices(notifications, contacts), processed,
                useCase);
    }

    @Bean
    ProjectService collaborationProjectService(CrossDepartmentProjects projects, UseCase useCase) {
        return new ProjectService(projects, useCase);
    }

    @Bean
    ConflictService conflictService(Conflicts conflicts, ResolutionPlans plans, ActionItemWork work,
                                    UseCase useCase) {
        return new ConflictService(conflicts, plans, work, useCase);
    }

    @Bean
    OverdueMilestoneEscalation overdueMilestoneEscalation(CrossDepartmentProjects projects,
                                                          MilestoneEscalationLog log, Notifications notifications,
                                                          DepartmentContacts contacts, UseCase useCase) {
        return new OverdueMilestoneEscalation(projects, log, notifications, contacts, useCase);
    }

    /** The home page's card: a lead's department and the managers' overdue view. */
    @Bean
    CollaborationOverviewService collaborationOverview(RecurringMeetings series, Meetings meetings,
                                                       CrossDepartmentProjects projects, Conflicts conflicts,
                                                       ActionItemWork work, UserAccounts accounts, People people,
                                                       Departments departments, UseCase useCase) {
        return new CollaborationOverviewService(series, meetings, projects, conflicts, work,
                new ActorsDepartment(accounts, people), departments, useCase);
    }
}
