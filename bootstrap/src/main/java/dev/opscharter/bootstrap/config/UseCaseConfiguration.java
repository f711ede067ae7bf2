package dev.opscharter.bootstrap.config;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.application.appraisal.port.out.Standards;
import dev.opscharter.application.appraisal.service.AppraisalService;
import dev.opscharter.application.appraisal.service.CoreStaffRetentionSource;
import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.charter.service.CharterService;
import dev.opscharter.application.charter.service.WorkItemService;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.organization.service.DashboardService;
import dev.opscharter.application.organization.service.DepartmentService;
import dev.opscharter.application.organization.service.DirectoryService;
import dev.opscharter.application.organization.service.PeopleService;
import dev.opscharter.application.organization.service.SettingsService;
import dev.opscharter.application.organization.service.SignInService;
import dev.opscharter.application.organization.service.UserAccountService;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.application.shared.service.AuditTrailService;
import dev.opscharter.domain.organization.LockoutPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/**
 * The use cases are plain classes; this is where they meet their adapters. Each bean is exposed
 * under its inbound ports only, so views cannot reach past them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpsCharterProperties.class)
public class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Audit audit(AuditLog auditLog, CurrentActor actor, Clock clock) {
        return new Audit(auditLog, actor, clock);
    }

    @Bean
    AuditTrailService auditTrail(AuditLog auditLog, CurrentActor actor) {
        return new AuditTrailService(auditLog, actor);
    }

    @Bean
    DepartmentService departmentService(Departments departments, Transactions transactions,
                                        ProcessedRequests processed, CurrentActor actor, Audit audit) {
        return new DepartmentService(departments, transactions, processed, actor, audit);
    }

    @Bean
    PeopleService peopleService(People people, Departments departments, UserAccounts accounts,
                                SettingsStore settings, Transactions transactions, ProcessedRequests processed,
                                CurrentActor actor, Audit audit, Clock clock) {
        return new PeopleService(people, departments, accounts, settings, transactions, processed, actor, audit,
                clock);
    }

    @Bean
    UserAccountService userAccountService(UserAccounts accounts, People people, PasswordHasher hasher,
                                          Transactions transactions, CurrentActor actor, Audit audit, Clock clock) {
        return new UserAccountService(accounts, people, hasher, transactions, actor, audit, clock);
    }

    @Bean
    SignInService signInService(UserAccounts accounts, People people, Departments departments, PasswordHasher hasher,
                                Transactions transactions, CurrentActor actor, Audit audit, Clock clock,
                                OpsCharterProperties properties) {
        var lockout = new LockoutPolicy(properties.security().maxFailedSignIns(), properties.security().lockDuration());
        return new SignInService(accounts, people, departments, hasher, transactions, actor, audit, clock, lockout);
    }

    @Bean
    SettingsService settingsService(SettingsStore store, Transactions transactions, CurrentActor actor, Audit audit) {
        return new SettingsService(store, transactions, actor, audit);
    }

    @Bean
    DashboardService dashboardService(Departments departments, People people, UserAccounts accounts,
                                      SettingsStore settings, Transactions transactions, CurrentActor actor,
                                      Clock clock) {
        return new DashboardService(departments, people, accounts, settings, transactions, actor, clock);
    }

    @Bean
    DirectoryService directoryService(UserAccounts accounts, People people, Transactions transactions,
                                      CurrentActor actor) {
        return new DirectoryService(accounts, people, transactions, actor);
    }

    @Bean
    CharterService charterService(Charters charters, SettingsStore settings, Transactions transactions,
                                  CurrentActor actor, Audit audit, Clock clock) {
        return new CharterService(charters, settings, transactions, actor, audit, clock);
    }

    @Bean
    WorkItemService workItemService(WorkItems items, Charters charters, SettingsStore settings, UserAccounts accounts,
                                    People people, Notifications notifications, Transactions transactions,
                                    ProcessedRequests processed, CurrentActor actor, Audit audit, Clock clock) {
        return new WorkItemService(items, charters, settings, accounts, people, notifications, transactions,
                processed, actor, audit, clock);
    }

    /** The figures computed from records; later contexts (surveys, compliance, …) add theirs here. */
    @Bean
    CoreStaffRetentionSource coreStaffRetention(People people, Departments departments, Clock clock) {
        return new CoreStaffRetentionSource(people, departments, clock);
    }

    @Bean
    AppraisalService appraisalService(List<IndicatorSource> sources, ManualEntries manualEntries, Standards standards,
                                      ScorecardApprovals approvals, Attachments attachments, SettingsStore settings,
                                      Transactions transactions, CurrentActor actor, Audit audit, Clock clock) {
        return new AppraisalService(sources, manualEntries, standards, approvals, attachments, settings,
                transactions, actor, audit, clock);
    }
}
