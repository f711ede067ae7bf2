package dev.opscharter.bootstrap.security;

import dev.opscharter.application.organization.port.in.DashboardQueries;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rights follow the account as it is now, not as it was at sign-in. */
@OpsCharterSpringTest
class CurrentActorIT {

    @Autowired
    CurrentActor currentActor;
    @Autowired
    DashboardQueries dashboards;
    @Autowired
    PeopleQueries peopleQueries;
    @Autowired
    ManagePeople people;
    @Autowired
    ManageUserAccounts accounts;
    @Autowired
    UserAccountQueries accountQueries;
    @Autowired
    DepartmentQueries departments;

    @Test
    void a_signed_in_manager_loses_access_at_once_when_the_role_is_taken_away_or_the_account_disabled() {
        var username = "acting." + UUID.randomUUID().toString().substring(0, 8);
        var person = SystemTasks.asSystem(() -> {
            var department = departments.all().getFirst();
            var id = people.hire(new ManagePeople.PersonDraft("Acting Manager", username + "@example.com",
                    department.id(), EnumSet.of(Role.OPS_MANAGER), false, LocalDate.of(2023, 2, 1)));
            accounts.open(id, username, "acting-password-1", Language.EN);
            return id;
        });
        // signed in with the authorities of that moment
        signedInAs(username, "ROLE_OPS_MANAGER");
        assertThat(currentActor.get().roles()).containsExactly(Role.OPS_MANAGER);
        assertThat(peopleQueries.list(PeopleQueries.PeopleFilter.EVERYONE)).isNotEmpty();

        SystemTasks.asSystem(() -> {
            var current = peopleQueries.get(person);
            people.update(person, new ManagePeople.PersonDraft(current.name(), current.email().value(),
                    current.departmentId(), EnumSet.noneOf(Role.class), false, current.joinedOn()), current.version());
        });
        assertThat(currentActor.get().roles()).isEmpty();
        assertThatThrownBy(() -> peopleQueries.list(PeopleQueries.PeopleFilter.EVERYONE))
                .isInstanceOf(AccessDenied.class);

        disable(person);
        assertThat(currentActor.get().isAuthenticated()).isFalse();
        assertThatThrownBy(dashboards::forCurrentUser).isInstanceOf(AccessDenied.class);
        SecurityContextHolder.clearContext();
    }

    private void disable(PersonId person) {
        SystemTasks.asSystem(() -> accountQueries.all().stream()
                .filter(e -> e.person().id().equals(person)).findFirst()
                .ifPresent(e -> accounts.disable(e.account().id(), e.account().version())));
    }

    private static void signedInAs(String username, String... authorities) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
    }
}
