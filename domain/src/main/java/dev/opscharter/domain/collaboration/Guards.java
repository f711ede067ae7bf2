package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;

import java.util.Optional;

/** The permission guard the collaboration records share. */
final class Guards {

    private Guards() {
    }

    static Optional<Refusal> manager(Actor by) {
        return by.may(CollaborationPermission.MANAGE)
                ? Optional.empty() : Refusal.because("rule.collaboration.manage-only");
    }
}
