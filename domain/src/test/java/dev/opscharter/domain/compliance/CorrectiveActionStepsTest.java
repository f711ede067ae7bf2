package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.shared.StepAgreement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps a corrective action lists are exactly the transitions that succeed, for every status and actor. */
class CorrectiveActionStepsTest {

    private static final Instant AT = Instant.parse("2026-07-01T01:00:00Z");
    private static final FindingRef FINDING = new FindingRef(UUID.randomUUID(), "2026-Q2", "ORDER_FULFILMENT",
            DeviationType.CASE_LATE, null);
    private static final String OWNER = "owner";

    private static final List<Actor> ACTORS = List.of(
            Actor.user(OWNER, Set.of(Role.OPS_SPECIALIST)),
            Actor.user(OWNER, Set.of(Role.OPS_MANAGER)),
            Actor.user("manager", Set.of(Role.OPS_MANAGER)),
            Actor.user("director", Set.of(Role.OPS_DIRECTOR)),
            Actor.user("auditor", Set.of(Role.AUDITOR)),
            Actor.user("someone", Set.of(Role.OPS_SPECIALIST)),
            Actor.SYSTEM,
            Actor.ANONYMOUS);

    @Property
    void a_step_is_open_exactly_when_its_transition_succeeds(@ForAll("actions") CorrectiveAction action,
                                                             @ForAll("actors") Actor by,
                                                             @ForAll ActionStep kind) {
        StepAgreement.assertAgrees(action.allowedSteps(by), kind, () -> transition(action, by, kind));
    }

    @Property
    void only_the_owner_sees_a_blocked_submit_and_the_hands_that_may_add_evidence_a_blocked_upload(
            @ForAll("actions") CorrectiveAction action, @ForAll("actors") Actor by) {
        assertThat(action.allowedSteps(by).stream().filter(s -> !s.isOpen())).allSatisfy(step -> {
            switch (step.kind()) {
                case SUBMIT -> assertThat(action.isOwner(by)).isTrue();
                case ATTACH_EVIDENCE -> assertThat(action.status().awaitsOwner()).isTrue();
                default -> throw new AssertionError("blocked " + step);
            }
        });
    }

    private static void transition(CorrectiveAction action, Actor by, ActionStep kind) {
        long v = action.version();
        switch (kind) {
            case START -> action.start(by, AT, v);
            case RECORD_ROOT_CAUSE -> action.recordRootCause(by, "the cause", AT, v);
            case ATTACH_EVIDENCE -> action.attachEvidence(by, UUID.randomUUID(), "proof.pdf", AT, v);
            case SUBMIT -> action.submit(by, "fixed", AT, v);
            case VERIFY -> action.verify(by, AT, v);
            case CLOSE -> action.close(by, AT, v);
            case REOPEN -> action.reopen(by, "not fixed", AT, v);
            case REASSIGN -> action.reassign(by, "someone", LocalDate.of(2026, 9, 30), AT, v);
        }
    }

    @Provide
    Arbitrary<CorrectiveAction> actions() {
        return Combinators.combine(Arbitraries.of(ActionStatus.class), Arbitraries.of("", "the cause"),
                Arbitraries.of(0, 1, CorrectiveAction.MAX_EVIDENCE)).as((status, cause, files) ->
                CorrectiveAction.reconstitute(CorrectiveActionId.random(), FINDING, "", 3, "Fix it", OWNER,
                        LocalDate.of(2026, 8, 31), cause,
                        Collections.nCopies(files, UUID.randomUUID()), "", status, "manager", AT, List.of(), 2));
    }

    @Provide
    Arbitrary<Actor> actors() {
        return Arbitraries.of(ACTORS);
    }
}
