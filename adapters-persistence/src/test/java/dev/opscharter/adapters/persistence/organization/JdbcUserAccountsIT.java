package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcUserAccountsIT extends UserAccountsContract {

    @Autowired
    private UserAccounts accounts;

    @Autowired
    private People people;

    @Autowired
    private Departments departments;

    @Override
    protected UserAccounts accounts() {
        return accounts;
    }

    @Override
    protected PersonId aPerson() {
        var token = Unique.token().toLowerCase(Locale.ROOT);
        var department = departments.byCode(new DepartmentCode("IT")).orElseThrow().id();
        return people.save(Person.hire("Account holder " + token, new EmailAddress(token + "@example.com"),
                department, Set.of(), false, LocalDate.of(2024, 5, 6))).id();
    }

    @Test
    void a_lock_time_with_nanoseconds_is_kept_to_the_microsecond_and_save_returns_what_a_load_returns() {
        var lockedUntil = Instant.parse("2026-03-01T08:15:30.123456789Z");
        var account = UserAccount.reconstitute(UserAccountId.random(),
                new Username("nanos." + Unique.token().toLowerCase(Locale.ROOT)), "hash", aPerson(), Language.EN, true,
                0, Optional.of(lockedUntil), 0);

        var saved = accounts.save(account);

        assertThat(saved.lockedUntil()).contains(Instant.parse("2026-03-01T08:15:30.123456Z"));
        assertThat(accounts.byId(account.id())).contains(saved);
    }

    @Test
    void a_second_account_with_a_taken_username_is_refused_as_a_field_error() {
        var first = accounts.save(UserAccount.open(new Username("taken." + Unique.token().toLowerCase(Locale.ROOT)),
                "hash", aPerson(), Language.EN));
        var sameName = UserAccount.open(first.username(), "hash", aPerson(), Language.EN);

        assertThatThrownBy(() -> accounts.save(sameName))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.messageKey()).isEqualTo("validation.username.taken");
                    assertThat(e.arguments()).containsExactly(first.username().value());
                });
        assertThat(accounts.byId(sameName.id())).isEmpty();
    }

    @Test
    void a_second_account_for_the_same_person_is_refused_as_a_field_error() {
        var person = aPerson();
        accounts.save(UserAccount.open(new Username("one." + Unique.token().toLowerCase(Locale.ROOT)), "hash", person,
                Language.EN));
        var second = UserAccount.open(new Username("two." + Unique.token().toLowerCase(Locale.ROOT)), "hash", person,
                Language.EN);

        assertThatThrownBy(() -> accounts.save(second))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("person");
                    assertThat(e.messageKey()).isEqualTo("validation.person.has-account");
                });
    }
}
