package dev.opscharter.domain.charter;

import dev.opscharter.domain.charter.BoundaryDecision.Own;
import dev.opscharter.domain.charter.BoundaryDecision.Participate;
import dev.opscharter.domain.charter.BoundaryDecision.Redirect;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.shared.StepAgreement;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps a work item lists are exactly the transitions that succeed: no button the rule then refuses. */
class WorkItemStepsTest {

    private static final Instant AT = Instant.parse("2026-07-01T01:00:00Z");
    private static final CharterCitation CITATION =
            new CharterCitation(1, "D1", new BilingualName("维度", "Dimension"), "条文", "line");
    private static final DepartmentId OPERATIONS = new DepartmentId(UUID.randomUUID());
    private static final DepartmentId FINANCE = new DepartmentId(UUID.randomUUID());
    private static final DepartmentId HR = new DepartmentId(UUID.randomUUID());
    private static final String RAISER = "raiser";

    private static final List<BoundaryDecision> DECISIONS = List.of(
            new Own(CITATION),
            new Participate(FINANCE, CITATION),
            new Redirect(FINANCE, CITATION, Optional.empty()),
            new Redirect(FINANCE, CITATION, Optional.of(SignOffAuthority.MANAGEMENT)),
            new Redirect(FINANCE, CITATION, Optional.of(SignOffAuthority.OWNER_DEPARTMENT_LEAD)));

    private static final List<Participant> PARTICIPANTS = List.of(
            person("director", Role.OPS_DIRECTOR, OPERATIONS),
            person("manager", Role.OPS_MANAGER, OPERATIONS),
            person("specialist", Role.OPS_SPECIALIST, OPERATIONS),
            person("finance-lead", Role.DEPARTMENT_LEAD, FINANCE),
            person("hr-lead", Role.DEPARTMENT_LEAD, HR),
            person(RAISER, Role.DEPARTMENT_LEAD, HR),
            person("auditor", Role.AUDITOR, HR),
            new Participant("nobody", Set.of(), Optional.empty()));

    @Property
    void a_step_is_open_exactly_when_its_transition_succeeds(@ForAll("items") WorkItem item,
                                                             @ForAll("participants") Participant who,
                                                             @ForAll WorkItemStep kind) {
        StepAgreement.assertAgrees(item.allowedSteps(who), kind, () -> transition(item, who, kind));
    }

    @Property
    void the_item_awaits_whoever_may_act_on_it_when_handed_over_or_awaiting_sign_off(
            @ForAll("items") WorkItem item, @ForAll("participants") Participant who) {
        var open = item.allowedSteps(who).stream().filter(Step::isOpen).map(Step::kind).toList();
        boolean expected = switch (item.status()) {
            case HANDED_OVER -> open.contains(WorkItemStep.COMPLETE);
            case AWAITING_SIGN_OFF -> open.contains(WorkItemStep.APPROVE);
            case OPEN, DONE, CANCELLED -> false;
        };
        assertThat(item.awaits(who)).isEqualTo(expected);
    }

    @Property
    void only_a_lead_or_the_director_is_ever_awaited(@ForAll("items") WorkItem item,
                                                     @ForAll("participants") Participant who) {
        // the states register and the transitions can reach: a hand-over is a redirect without sign-off
        Assume.that(item.status() != WorkItemStatus.HANDED_OVER || item.isRedirected() && !item.needsSignOff());
        Assume.that(item.status() != WorkItemStatus.AWAITING_SIGN_OFF || item.needsSignOff());
        if (item.awaits(who)) {
            assertThat(who.roles()).containsAnyElementsOf(WorkItem.AWAITED_ROLES);
        }
    }

    @Property
    void a_blocked_complete_is_shown_to_operations_only(@ForAll("items") WorkItem item,
                                                       @ForAll("participants") Participant who) {
        assertThat(item.allowedSteps(who).stream().filter(s -> !s.isOpen()))
                .allSatisfy(step -> {
                    assertThat(step.kind()).isEqualTo(WorkItemStep.COMPLETE);
                    assertThat(who.isOperations()).isTrue();
                });
    }

    private static void transition(WorkItem item, Participant who, WorkItemStep kind) {
        switch (kind) {
            case COMPLETE -> item.complete(who, "done", AT, item.version());
            case REQUEST_SIGN_OFF -> item.requestSignOff(who, item.version());
            case APPROVE -> item.decideSignOff(who, true, "", AT, item.version());
            case REJECT -> item.decideSignOff(who, false, "not yet", AT, item.version());
            case CANCEL -> item.cancel(who, "not needed", AT, item.version());
        }
    }

    @Provide
    Arbitrary<WorkItem> items() {
        return Arbitraries.of(DECISIONS).flatMap(decision -> Arbitraries.of(WorkItemStatus.class)
                .map(status -> WorkItem.reconstitute(WorkItemId.random(), WorkItemKind.TASK, "item", "",
                        new DutyType("D1_01"), decision, status, RAISER, AT, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), "", 3)));
    }

    @Provide
    Arbitrary<Participant> participants() {
        return Arbitraries.of(PARTICIPANTS);
    }

    private static Participant person(String name, Role role, DepartmentId department) {
        return new Participant(name, Set.of(role), Optional.of(department));
    }
}
