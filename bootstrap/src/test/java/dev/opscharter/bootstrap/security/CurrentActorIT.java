package dev.opscharter.bootstrap.security;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.DashboardQueries;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.TestUsers;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

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
    ApplicationContext context;

    @Test
    void a_signed_in_manager_loses_access_at_once_when_the_role_is_taken_away_or_the_account_disabled() {
        var users = TestUsers.in(context);
        var user = users.create("acting", "Acting Manager", Role.OPS_MANAGER);
        // signed in with the authorities of that moment
        signedInAs(user.username(), "ROLE_OPS_MANAGER");
        assertThat(currentActor.get().roles()).containsExactly(Role.OPS_MANAGER);
        assertThat(peopleQueries.list(PeopleFilter.EVERYONE)).isNotEmpty();

        users.takeRolesAway(user);
        assertThat(currentActor.get().roles()).isEmpty();
        assertThatThrownBy(() -> peopleQueries.list(PeopleFilter.EVERYONE))
                .isInstanceOf(AccessDenied.class);

        users.disable(user);
        assertThat(currentActor.get().isAuthenticated()).isFalse();
        assertThatThrownBy(dashboards::forCurrentUser).isInstanceOf(AccessDenied.class);
        SecurityContextHolder.clearContext();
    }

    private static void signedInAs(String username, String... authorities) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
    }
}
