package dev.opscharter.domain.compliance;

import dev.opscharter.domain.compliance.EscalationPolicy.Audience;
import dev.opscharter.domain.compliance.EscalationPolicy.EscalateToManager;
import dev.opscharter.domain.compliance.EscalationPolicy.NotOverdue;
import dev.opscharter.domain.compliance.EscalationPolicy.Recipient;
import dev.opscharter.domain.compliance.EscalationPolicy.RemindOwner;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CorrectiveActionTest {

    static final Instant AT = Instant.parse("2026-07-10T02:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 7, 31);
    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor OWNER = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    static final Actor OTHER_SPECIALIST = Actor.user("other", Set.of(Role.OPS_SPECIALIST));
    static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));
    static final Actor AUDITOR = Actor.user("auditor", Set.of(Role.AUDITOR));
    static final FindingRef FINDING = new FindingRef(UUID.randomUUID(), "2026-Q2", "ORDER_FULFILMENT",
            DeviationType.STEP_LATE, "SHIP");

    static CorrectiveAction created() {
        return CorrectiveAction.create(FINDING, "发货超时 12 单", 12, "缩短发货时间", OWNER.name(), DUE, "", MANAGER, AT);
    }

    static CorrectiveAction inProgress() {
        return created().start(OWNER, AT, 1);
    }

    static CorrectiveAction readyToSubmit() {
        return inProgress().recordRootCause(OWNER, "仓库排班不足", AT, 1)
                .attachEvidence(OWNER, UUID.randomUUID(), "排班表.xlsx", AT, 1);
    }

    static CorrectiveAction submitted() {
        return readyToSubmit().submit(OWNER, "", AT, 1);
    }

    static CorrectiveAction verified() {
        return submitted().verify(MANAGER, AT, 1);
    }

    static CorrectiveAction closed() {
        return verified().close(MANAGER, AT, 1);
    }

    static String refusal(ThrowingCallable action) {
        var refused = catchThrowableOfType(RuleViolation.class, action);
        assertThat(refused).as("expected a RuleViolation").isNotNull();
        return refused.messageKey();
    }

    @Nested
    class Creation {

        @Test
        void a_new_action_is_open_assigned_by_the_manager_with_its_finding() {
            var action = created();
            assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(action.assignedBy()).isEqualTo("manager");
            assertThat(action.finding()).contains(FINDING);
            assertThat(action.caseCount()).isEqualTo(12);
            assertThat(action.version()).isZero();
            assertThat(action.history()).singleElement()
                    .satisfies(e -> assertThat(e.kind()).isEqualTo(ActionEvent.Kind.CREATED));
        }

        @Test
        void only_an_operations_manager_creates_one() {
            assertThat(refusal(() -> CorrectiveAction.create(FINDING, "", 1, "t", "x", DUE, "", OWNER, AT)))
                    .isEqualTo("rule.corrective-action.manager-only");
            assertThat(refusal(() -> CorrectiveAction.create(FINDING, "", 1, "t", "x", DUE, "", DIRECTOR, AT)))
                    .isEqualTo("rule.corrective-action.manager-only");
        }

        @Test
        void title_and_owner_are_required() {
            assertThatThrownBy(() -> CorrectiveAction.create(FINDING, "", 1, " ", "x", DUE, "", MANAGER, AT))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("title"));
            assertThatThrownBy(() -> CorrectiveAction.create(FINDING, "", 1, "t", "", DUE, "", MANAGER, AT))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("owner"));
        }

        @Test
        void a_finding_needs_a_valid_period_and_a_process_and_a_blank_step_means_none() {
            assertThatThrownBy(() -> new FindingRef(null, "2026-Q5", "P", DeviationType.CASE_LATE, null))
                    .isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> new FindingRef(null, "2026-Q3", " ", DeviationType.CASE_LATE, null))
                    .isInstanceOf(InvalidValue.class);
            assertThat(new FindingRef(null, "2026-Q3", "P", DeviationType.CASE_LATE, "  ").stepCode()).isEmpty();
        }

        @Test
        void the_same_deviation_means_same_process_type_and_step_whatever_the_period() {
            var later = new FindingRef(UUID.randomUUID(), "2026-Q3", "ORDER_FULFILMENT", DeviationType.STEP_LATE, "SHIP");
            assertThat(FINDING.sameDeviationAs(later)).isTrue();
            assertThat(FINDING.sameFindingAs(later)).isFalse();
            assertThat(FINDING.sameDeviationAs(new FindingRef(null, "2026-Q3", "ORDER_FULFILMENT",
                    DeviationType.STEP_LATE, "PACK"))).isFalse();
        }
    }

    @Nested
    class Start {

        @Test
        void the_owner_starts_an_open_action() {
            assertThat(inProgress().status()).isEqualTo(ActionStatus.IN_PROGRESS);
        }

        @Test
        void the_manager_may_start_it_for_the_owner() {
            assertThat(created().start(MANAGER, AT, 1).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        }

        @Test
        void someone_else_may_not() {
            assertThat(refusal(() -> created().start(OTHER_SPECIALIST, AT, 1)))
                    .isEqualTo("rule.corrective-action.owner-or-manager");
            assertThat(refusal(() -> created().start(AUDITOR, AT, 1)))
                    .isEqualTo("rule.corrective-action.owner-or-manager");
        }

        @Test
        void only_an_open_action_starts() {
            assertThat(refusal(() -> inProgress().start(OWNER, AT, 1))).isEqualTo("rule.corrective-action.start.not-open");
            assertThat(refusal(() -> submitted().start(OWNER, AT, 1))).isEqualTo("rule.corrective-action.start.not-open");
        }
    }

    @Nested
    class Submit {

        @Test
        void the_owner_submits_with_a_root_cause_and_an_evidence_file() {
            var action = submitted();
            assertThat(action.status()).isEqualTo(ActionStatus.SUBMITTED);
            assertThat(action.evidence()).hasSize(1);
        }

        @Test
        void a_note_is_evidence_enough() {
            var action = inProgress().recordRootCause(OWNER, "排班不足", AT, 1).submit(OWNER, "已调整排班，见系统记录", AT, 1);
            assertThat(action.status()).isEqualTo(ActionStatus.SUBMITTED);
            assertThat(action.note()).isEqualTo("已调整排班，见系统记录");
        }

        @Test
        void without_a_root_cause_it_is_refused() {
            assertThat(refusal(() -> inProgress().submit(OWNER, "note", AT, 1)))
                    .isEqualTo("rule.corrective-action.root-cause-required");
        }

        @Test
        void without_evidence_or_a_note_it_is_refused() {
            var action = inProgress().recordRootCause(OWNER, "排班不足", AT, 1);
            assertThat(refusal(() -> action.submit(OWNER, "  ", AT, 1)))
                    .isEqualTo("rule.corrective-action.evidence-required");
        }

        @Test
        void only_the_owner_submits_not_even_the_manager() {
            assertThat(refusal(() -> readyToSubmit().submit(MANAGER, "", AT, 1)))
                    .isEqualTo("rule.corrective-action.owner-only");
        }

        @Test
        void an_open_action_is_started_before_it_is_submitted() {
            var open = created().recordRootCause(OWNER, "原因", AT, 1);
            assertThat(refusal(() -> open.submit(OWNER, "note", AT, 1)))
                    .isEqualTo("rule.corrective-action.submit.not-in-progress");
        }

        @Test
        void once_handed_in_root_cause_and_evidence_are_frozen() {
            assertThat(refusal(() -> submitted().recordRootCause(OWNER, "x", AT, 1)))
                    .isEqualTo("rule.corrective-action.handed-in");
            assertThat(refusal(() -> submitted().attachEvidence(OWNER, UUID.randomUUID(), "f", AT, 1)))
                    .isEqualTo("rule.corrective-action.handed-in");
        }
    }

    @Nested
    class Verify {

        @Test
        void the_manager_verifies_a_submitted_action() {
            assertThat(verified().status()).isEqualTo(ActionStatus.VERIFIED);
        }

        @Test
        void nobody_else_verifies_not_the_owner_nor_the_director() {
            assertThat(refusal(() -> submitted().verify(OWNER, AT, 1))).isEqualTo("rule.corrective-action.manager-only");
            assertThat(refusal(() -> submitted().verify(DIRECTOR, AT, 1))).isEqualTo("rule.corrective-action.manager-only");
            assertThat(refusal(() -> submitted().verify(AUDITOR, AT, 1))).isEqualTo("rule.corrective-action.manager-only");
        }

        @Test
        void only_a_submitted_action_is_verified() {
            assertThat(refusal(() -> inProgress().verify(MANAGER, AT, 1)))
                    .isEqualTo("rule.corrective-action.verify.not-submitted");
            assertThat(refusal(() -> verified().verify(MANAGER, AT, 1)))
                    .isEqualTo("rule.corrective-action.verify.not-submitted");
        }
    }

    @Nested
    class Close {

        @Test
        void the_manager_closes_a_verified_action() {
            assertThat(closed().status()).isEqualTo(ActionStatus.CLOSED);
        }

        @Test
        void only_a_verified_action_closes() {
            assertThat(refusal(() -> submitted().close(MANAGER, AT, 1)))
                    .isEqualTo("rule.corrective-action.close.not-verified");
        }

        @Test
        void the_owner_may_not_close() {
            assertThat(refusal(() -> verified().close(OWNER, AT, 1))).isEqualTo("rule.corrective-action.manager-only");
        }

        @Test
        void a_closed_action_is_not_reassigned() {
            assertThat(refusal(() -> closed().reassign(MANAGER, "other", DUE, AT, 1)))
                    .isEqualTo("rule.corrective-action.closed");
        }
    }

    @Nested
    class Reopen {

        @Test
        void the_manager_reopens_submitted_verified_and_closed_actions_with_a_reason() {
            for (var action : new CorrectiveAction[]{submitted(), verified(), closed()}) {
                var reopened = action.reopen(MANAGER, "证据不足", AT, 1);
                assertThat(reopened.status()).isEqualTo(ActionStatus.IN_PROGRESS);
                assertThat(reopened.history().getLast().kind()).isEqualTo(ActionEvent.Kind.REOPENED);
                assertThat(reopened.history().getLast().remark()).isEqualTo("证据不足");
            }
        }

        @Test
        void a_reason_is_required() {
            assertThatThrownBy(() -> submitted().reopen(MANAGER, " ", AT, 1))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("reason"));
        }

        @Test
        void open_or_in_progress_actions_are_not_reopened() {
            assertThat(refusal(() -> created().reopen(MANAGER, "x", AT, 1)))
                    .isEqualTo("rule.corrective-action.reopen.not-handed-in");
            assertThat(refusal(() -> inProgress().reopen(MANAGER, "x", AT, 1)))
                    .isEqualTo("rule.corrective-action.reopen.not-handed-in");
        }

        @Test
        void the_owner_may_not_reopen() {
            assertThat(refusal(() -> closed().reopen(OWNER, "x", AT, 1))).isEqualTo("rule.corrective-action.manager-only");
        }

        @Test
        void a_reopened_action_can_be_submitted_again() {
            var again = submitted().reopen(MANAGER, "再补充", AT, 1).submit(OWNER, "补充了说明", AT, 1);
            assertThat(again.status()).isEqualTo(ActionStatus.SUBMITTED);
        }
    }

    @Nested
    class Reassign {

        @Test
        void the_manager_hands_the_action_to_someone_else_and_becomes_its_manager() {
            var other = Actor.user("manager2", Set.of(Role.OPS_MANAGER));
            var action = inProgress().reassign(other, "other", DUE.plusDays(7), AT, 1);
            assertThat(action.owner()).isEqualTo("other");
            assertThat(action.dueOn()).isEqualTo(DUE.plusDays(7));
            assertThat(action.assignedBy()).isEqualTo("manager2");
        }

        @Test
        void the_owner_may_not_reassign() {
            assertThat(refusal(() -> inProgress().reassign(OWNER, "other", DUE, AT, 1)))
                    .isEqualTo("rule.corrective-action.manager-only");
        }
    }

    @Nested
    class Overdue {

        @Test
        void due_today_is_not_overdue_the_day_after_is() {
            assertThat(created().isOverdue(DUE)).isFalse();
            assertThat(created().isOverdue(DUE.plusDays(1))).isTrue();
            assertThat(created().daysOverdue(DUE.plusDays(1))).isEqualTo(1);
            assertThat(inProgress().daysOverdue(DUE.plusDays(5))).isEqualTo(5);
        }

        @Test
        void a_handed_in_action_is_never_overdue() {
            assertThat(submitted().isOverdue(DUE.plusDays(30))).isFalse();
            assertThat(verified().isOverdue(DUE.plusDays(30))).isFalse();
            assertThat(closed().isOverdue(DUE.plusDays(30))).isFalse();
        }
    }

    @Nested
    class Escalation {

        private final EscalationPolicy policy = new EscalationPolicy();

        @Test
        void nobody_is_told_before_or_on_the_due_date() {
            assertThat(policy.decide(created(), DUE)).isInstanceOf(NotOverdue.class);
            assertThat(policy.decide(created(), DUE).recipients()).isEmpty();
        }

        @Test
        void on_days_one_and_two_only_the_owner_is_reminded() {
            for (int day = EscalationPolicy.OWNER_FROM_DAY; day < EscalationPolicy.MANAGER_FROM_DAY; day++) {
                var decision = policy.decide(created(), DUE.plusDays(day));
                assertThat(decision).isEqualTo(new RemindOwner("specialist", day));
                assertThat(decision.recipients()).containsExactly(new Recipient("specialist", Audience.OWNER));
            }
        }

        @Test
        void from_day_three_the_assigning_manager_is_told_too() {
            var decision = policy.decide(inProgress(), DUE.plusDays(EscalationPolicy.MANAGER_FROM_DAY));
            assertThat(decision).isEqualTo(new EscalateToManager("specialist", "manager", 3));
            assertThat(decision.recipients()).containsExactly(new Recipient("specialist", Audience.OWNER),
                    new Recipient("manager", Audience.MANAGER));
            assertThat(policy.decide(inProgress(), DUE.plusDays(40))).isInstanceOf(EscalateToManager.class);
        }

        @Test
        void a_manager_who_owns_the_action_is_told_once() {
            var own = CorrectiveAction.create(FINDING, "", 1, "t", "manager", DUE, "", MANAGER, AT);
            assertThat(policy.decide(own, DUE.plusDays(5)).recipients())
                    .containsExactly(new Recipient("manager", Audience.OWNER));
        }

        @ParameterizedTest
        @EnumSource(value = ActionStatus.class, names = {"SUBMITTED", "VERIFIED", "CLOSED"})
        void handed_in_actions_are_not_escalated(ActionStatus status) {
            var action = switch (status) {
                case SUBMITTED -> submitted();
                case VERIFIED -> verified();
                default -> closed();
            };
            assertThat(policy.decide(action, DUE.plusDays(10))).isInstanceOf(NotOverdue.class);
        }
    }
}
