package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.domain.organization.AccountStep;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentStep;
import dev.opscharter.domain.organization.PersonStep;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A detail is the record as stored now with the steps the domain gives the acting user, never the view's guess. */
class OrganizationDetailsTest {

    private final OrganizationFixture org = new OrganizationFixture();
    private final DepartmentService departments = org.departmentService();
    private final PeopleService people = org.peopleService();
    private final UserAccountService accounts = org.userAccountService();

    @Test
    void a_department_offers_the_administrator_what_changes_it_and_a_manager_nothing() {
        var finance = org.department("FINANCE");
        var legacy = org.inactiveDepartment("LEGACY");

        assertThat(kinds(departments.detail(finance.id()).steps()))
                .containsExactly(DepartmentStep.EDIT, DepartmentStep.DEACTIVATE);
        assertThat(kinds(departments.detail(legacy.id()).steps()))
                .containsExactly(DepartmentStep.EDIT, DepartmentStep.REACTIVATE);
        assertThat(departments.detail(legacy.id()).record()).isEqualTo(legacy);

        org.actAs("manager", Role.OPS_MANAGER);
        assertThat(departments.detail(finance.id()).steps()).isEmpty();
        assertThatThrownBy(() -> departments.detail(DepartmentId.random())).isInstanceOf(NotFound.class);
    }

    @Test
    void a_person_offers_a_departure_while_working_here_and_a_rehire_once_left() {
        var operations = org.department("OPS");
        var liWei = org.person("Li Wei", operations).save();
        assertThat(kinds(people.detail(liWei.id()).steps())).containsExactly(PersonStep.EDIT, PersonStep.RECORD_DEPARTURE);

        people.recordDeparture(liWei.id(), LocalDate.of(2026, 5, 1), liWei.version());
        assertThat(kinds(people.detail(liWei.id()).steps())).containsExactly(PersonStep.EDIT, PersonStep.REHIRE);

        org.actAs("director", Role.OPS_DIRECTOR);
        assertThat(people.detail(liWei.id()).steps()).as("the director reads, changes nothing").isEmpty();
        org.actAs("specialist", Role.OPS_SPECIALIST);
        assertThatThrownBy(() -> people.detail(liWei.id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_account_offers_enable_or_disable_and_unlock_only_while_a_lock_out_is_recorded() {
        var operations = org.department("OPS");
        var open = org.account(org.person("Li Wei", operations).save(), "li.wei");
        var disabled = org.disabledAccount(org.person("Wang Fang", operations).save(), "wang.fang");
        var locked = org.accountLockedUntil(org.person("Zhang San", operations).save(), "zhang.san",
                OrganizationFixture.NOW.plus(Duration.ofMinutes(10)));

        assertThat(kinds(accounts.detail(open.id()).steps()))
                .containsExactly(AccountStep.RESET_PASSWORD, AccountStep.DISABLE);
        assertThat(kinds(accounts.detail(disabled.id()).steps()))
                .containsExactly(AccountStep.RESET_PASSWORD, AccountStep.ENABLE);
        var lockedDetail = accounts.detail(locked.id());
        assertThat(lockedDetail.record().locked()).isTrue();
        assertThat(kinds(lockedDetail.steps()))
                .containsExactly(AccountStep.RESET_PASSWORD, AccountStep.DISABLE, AccountStep.UNLOCK);

        accounts.unlock(locked.id(), locked.version());
        assertThat(accounts.detail(locked.id()).step(AccountStep.UNLOCK)).isEmpty();
        assertThatThrownBy(() -> accounts.detail(UserAccountId.random())).isInstanceOf(NotFound.class);
        org.actAs("manager", Role.OPS_MANAGER);
        assertThatThrownBy(() -> accounts.detail(open.id())).isInstanceOf(AccessDenied.class);
    }

    private static <K extends Enum<K>> java.util.List<K> kinds(java.util.List<Step<K>> steps) {
        return steps.stream().filter(Step::isOpen).map(Step::kind).toList();
    }
}
