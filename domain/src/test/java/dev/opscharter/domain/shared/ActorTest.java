package dev.opscharter.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorTest {

    @Test
    void the_system_holds_every_role() {
        assertThat(Actor.SYSTEM.roles()).containsExactlyInAnyOrder(Role.values());
        for (Role role : Role.values()) {
            assertThat(Actor.SYSTEM.hasAnyOf(role)).as(role.name()).isTrue();
        }
    }

    @Test
    void the_system_is_authenticated_and_marked_as_the_system() {
        assertThat(Actor.SYSTEM.isAuthenticated()).isTrue();
        assertThat(Actor.SYSTEM).isInstanceOf(Actor.Scheduler.class);
    }

    @Test
    void the_schedule_holds_every_role_too() {
        assertThat(Actor.SCHEDULE.roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(Actor.SCHEDULE.hasAnyOf(Role.AUDITOR)).isTrue();
        assertThat(Actor.SCHEDULE.isAuthenticated()).isTrue();
    }

    @Test
    void the_names_that_audit_entries_and_run_texts_keep_never_change() {
        assertThat(Actor.SYSTEM.name()).isEqualTo("system");
        assertThat(Actor.SCHEDULE.name()).isEqualTo("scheduled");
        assertThat(Actor.ANONYMOUS.name()).isEqualTo("anonymous");
    }

    @Test
    void the_scheduler_is_equal_by_its_trigger() {
        assertThat(new Actor.Scheduler(Actor.Scheduler.Trigger.SCHEDULE)).isEqualTo(Actor.SCHEDULE);
        assertThat(new Actor.Scheduler(Actor.Scheduler.Trigger.HOUSEKEEPING)).isEqualTo(Actor.SYSTEM);
        assertThat(Actor.SCHEDULE).isNotEqualTo(Actor.SYSTEM);
        assertThat(new Actor.Anonymous()).isEqualTo(Actor.ANONYMOUS);
    }

    @Test
    void a_user_called_anonymous_is_still_a_signed_in_user() {
        var user = Actor.user("anonymous", Set.of());

        assertThat(user).isNotEqualTo(Actor.ANONYMOUS);
        assertThat(user.isAuthenticated()).isTrue();
    }

    @Test
    void code_tells_the_kinds_of_actor_apart_by_matching_on_the_type() {
        assertThat(kind(Actor.user("li.wei", Set.of(Role.ADMIN)))).isEqualTo("user li.wei");
        assertThat(kind(Actor.SCHEDULE)).isEqualTo("scheduler SCHEDULE");
        assertThat(kind(Actor.SYSTEM)).isEqualTo("scheduler HOUSEKEEPING");
        assertThat(kind(Actor.ANONYMOUS)).isEqualTo("nobody");
    }

    private static String kind(Actor actor) {
        return switch (actor) {
            case Actor.User(var name, _) -> "user " + name;
            case Actor.Scheduler(var trigger) -> "scheduler " + trigger;
            case Actor.Anonymous() -> "nobody";
        };
    }

    @Test
    void the_anonymous_actor_is_not_authenticated_and_holds_no_role() {
        assertThat(Actor.ANONYMOUS.isAuthenticated()).isFalse();
        assertThat(Actor.ANONYMOUS.roles()).isEmpty();
        assertThat(Actor.ANONYMOUS.hasAnyOf(Role.values())).isFalse();
    }

    @Test
    void a_signed_in_user_is_authenticated_even_without_roles() {
        var user = Actor.user("li.wei", Set.of());

        assertThat(user.isAuthenticated()).isTrue();
        assertThat(user).isInstanceOf(Actor.User.class);
        assertThat(user.hasAnyOf(Role.values())).isFalse();
    }

    @Test
    void a_user_has_only_the_roles_given() {
        var manager = Actor.user("wang.fang", Set.of(Role.OPS_MANAGER, Role.AUDITOR));

        assertThat(manager.hasAnyOf(Role.OPS_MANAGER)).isTrue();
        assertThat(manager.hasAnyOf(Role.ADMIN, Role.AUDITOR)).isTrue();
        assertThat(manager.hasAnyOf(Role.ADMIN, Role.OPS_DIRECTOR)).isFalse();
        assertThat(manager.hasAnyOf()).isFalse();
    }

    @Test
    void the_roles_are_a_copy_that_cannot_be_changed_later() {
        var roles = new HashSet<>(Set.of(Role.OPS_SPECIALIST));
        var specialist = Actor.user("zhao.lei", roles);

        roles.add(Role.ADMIN);

        assertThat(specialist.roles()).containsExactly(Role.OPS_SPECIALIST);
        assertThatThrownBy(() -> specialist.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void two_users_with_the_same_name_and_roles_are_equal_whatever_the_order_of_roles() {
        assertThat(Actor.user("a", EnumSet.of(Role.ADMIN, Role.AUDITOR)))
                .isEqualTo(Actor.user("a", Set.of(Role.AUDITOR, Role.ADMIN)));
    }

    @Test
    void an_actor_needs_a_name() {
        assertRejected(() -> Actor.user("  ", Set.of()), "actor", "validation.required");
        assertRejected(() -> Actor.user(null, Set.of()), "actor", "validation.required");
    }

    @Test
    void an_actor_name_is_at_most_80_characters() {
        assertThat(Actor.user("x".repeat(80), Set.of()).name()).hasSize(80);
        var refusal = assertRejected(() -> Actor.user("x".repeat(81), Set.of()), "actor", "validation.too-long");
        assertThat(refusal.arguments()).containsExactly(80);
    }
}
