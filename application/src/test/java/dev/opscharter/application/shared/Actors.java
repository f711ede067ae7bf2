package dev.opscharter.application.shared;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The actors of access tests. */
public final class Actors {

    private Actors() {
    }

    /** A signed-in user holding exactly these roles, named after them. */
    public static Actor holding(Role... roles) {
        var name = roles.length == 0 ? "no.roles"
                : Arrays.stream(roles).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("+"));
        return Actor.user(name, Set.of(roles));
    }

    /** One user per role given. */
    public static Stream<Actor> eachOf(Role... roles) {
        return Arrays.stream(roles).map(Actors::holding);
    }

    /**
     * Everyone who must be refused when only {@code allowed} may act: a user per other role, a user
     * holding all other roles at once, a signed-in user without roles, and nobody signed in.
     */
    public static Stream<Actor> allBut(Role... allowed) {
        var others = EnumSet.allOf(Role.class);
        others.removeAll(Set.of(allowed));
        var everyOther = others.isEmpty() ? Stream.<Actor>empty()
                : Stream.of(Actor.user("holder.of.every.other.role", others));
        return Stream.of(
                others.stream().map(Actors::holding),
                everyOther,
                Stream.of(holding(), Actor.ANONYMOUS)
        ).flatMap(s -> s);
    }

    /** Every signed-in kind of user: a user per role and one without roles. */
    public static Stream<Actor> everySignedInUser() {
        return Stream.concat(eachOf(Role.values()), Stream.of(holding()));
    }
}
