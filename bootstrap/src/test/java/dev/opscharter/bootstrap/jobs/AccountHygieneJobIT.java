package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Language;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily job and its trigger, on the real JobRunr storage and PostgreSQL. */
@OpsCharterSpringTest
class AccountHygieneJobIT {

    @Autowired
    StorageProvider jobStorage;
    @Autowired
    AccountHygieneJob job;
    @Autowired
    People people;
    @Autowired
    UserAccounts accounts;
    @Autowired
    DepartmentQueries departments;
    @Autowired
    AuditTrailQueries auditTrail;

    @Test
    void the_daily_trigger_is_registered_in_the_organization_time_zone() {
        var recurring = jobStorage.getRecurringJobs().stream()
                .filter(j -> j.getId().equals(JobTriggers.ACCOUNT_HYGIENE)).findFirst();
        assertThat(recurring).isPresent();
        assertThat(recurring.get().getZoneId()).isEqualTo("Asia/Shanghai");
        assertThat(recurring.get().getJobDetails().getClassName()).isEqualTo(AccountHygieneJob.class.getName());
    }

    @Test
    void the_job_disables_an_enabled_account_of_someone_who_left_and_the_audit_names_the_system() {
        // a leaver whose account stayed enabled: imported data or a restore, not the normal departure flow
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var department = SystemTasks.asSystem(() -> departments.all().getFirst());
        var person = people.save(Person.hire("Leaver " + suffix, new EmailAddress("leaver." + suffix + "@example.com"),
                department.id(), Set.of(), false, LocalDate.of(2020, 1, 6)));
        person = people.save(person.leave(LocalDate.of(2026, 1, 9), person.version()));
        var account = accounts.save(UserAccount.open(new Username("leaver." + suffix), "{noop}x", person.id(),
                Language.EN));
        assertThat(account.enabled()).isTrue();

        job.run();

        assertThat(accounts.byId(account.id()).orElseThrow().enabled()).isFalse();
        var entries = SystemTasks.asSystem(() -> auditTrail.find(new AuditFilter(Optional.empty(),
                Optional.of("UserAccount"), Optional.of(account.id().toString()), Optional.empty(), Optional.empty()),
                0, 10));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("enabled"));
        });
    }
}
