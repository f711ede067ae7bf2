package dev.opscharter.domain.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: a signed-in {@link User} with roles, the {@link Scheduler} (the quarterly check on
 * its schedule, or housekeeping and seeding), or {@link Anonymous}, nobody signed in. A job that a
 * user started acts on their behalf, as them. Use cases ask the actor, never the view, whether
 * something is allowed; code that must tell the kinds apart matches on the type.
 */
public sealed interface Actor permits Actor.User, Actor.Scheduler, Actor.Anonymous {

    /** Seeding and housekeeping: shown as "system". */
    Actor SYSTEM = new Scheduler(Scheduler.Trigger.HOUSEKEEPING);
    /** The system acting on a schedule (the quarterly check): shown as "scheduled", not as anyone. */
    Actor SCHEDULE = new Scheduler(Scheduler.Trigger.SCHEDULE);
    Actor ANONYMOUS = new Anonymous();

    static Actor user(String name, Set<Role> roles) {
        return new User(name, roles);
    }

    /** The name audit entries and texts show; stored, so the names of the scheduler and nobody never change. */
    String name();

    /** The scheduler holds every role, nobody none. */
    Set<Role> roles();

    /** The one access question: may this actor do what the permission guards? */
    default boolean may(Permission permission) {
        return switch (this) {
            case Scheduler _ -> true;
            case Anonymous _ -> false;
            case User user -> switch (permission.grant()) {
                case Grant.AnyOf(var allowed) -> allowed.stream().anyMatch(user.roles()::contains);
                case Grant.SignedIn() -> true;
            };
        };
    }

    default boolean hasAnyOf(Role... wanted) {
        return this instanceof Scheduler || Arrays.stream(wanted).anyMatch(roles()::contains);
    }

    default boolean isAuthenticated() {
        return !(this instanceof Anonymous);
    }

    record User(String name, Set<Role> roles) implements Actor {
        public User {
            name = Require.text(name, "actor", 80);
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }
    }

    record Scheduler(Trigger trigger) implements Actor {

        private static final Set<Role> EVERY_ROLE = Set.copyOf(EnumSet.allOf(Role.class));

        public enum Trigger { SCHEDULE, HOUSEKEEPING }

        public Scheduler {
            Require.present(trigger, "trigger");
        }

        @Override
        public String name() {
            return switch (trigger) {
                case SCHEDULE -> "scheduled";
                case HOUSEKEEPING -> "system";
            };
        }

        @Override
        public Set<Role> roles() {
            return EVERY_ROLE;
        }
    }

    /** Nobody signed in (later: the anonymous respondent of a survey). */
    record Anonymous() implements Actor {
        @Override
        public String name() {
            return "anonymous";
        }

        @Override
        public Set<Role> roles() {
            return Set.of();
        }
    }
}
