package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Step;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The steps of a record only the administrator changes: none for anyone else (the use case refuses
 * them before a transition runs), and for the administrator each kind whose guard lets it through.
 * A refused one is left out: its refusal only says the record is already that way.
 */
final class AdministeredSteps {

    private AdministeredSteps() {
    }

    static <K extends Enum<K>> List<Step<K>> of(Actor actor, K[] kinds, Function<K, Optional<Refusal>> guard) {
        if (!actor.may(OrganizationPermission.ADMINISTER)) {
            return List.of();
        }
        return Arrays.stream(kinds).filter(kind -> guard.apply(kind).isEmpty()).map(Step::open).toList();
    }
}
