package dev.opscharter.domain.charter;

import dev.opscharter.domain.charter.BoundaryDecision.Own;
import dev.opscharter.domain.charter.BoundaryDecision.Participate;
import dev.opscharter.domain.charter.BoundaryDecision.Redirect;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WorkItemTest {

    private static final Instant RAISED = Instant.parse("2026-07-01T01:00:00Z");
    private static final Instant LATER = RAISED.plusSeconds(3600);
    private static final BoundaryPolicy POLICY = new BoundaryPolicy(Charter.first(
            CharterSeed.dimensions(WorkItemTest::department), LocalDate.of(2026, 1, 1), "", "admin", RAISED));

    private static final DepartmentId OPERATIONS = department("OPERATIONS");
    private static final DepartmentId FINANCE = department("FINANCE");
    private static final DepartmentId HR = department("HR");
    private static final DepartmentId IT = department("IT");
    private static final DepartmentId EXECUTIVE = department("EXECUTIVE");

    private static final Participant DIRECTOR = person("王总", Role.OPS_DIRECTOR, OPERATIONS);
    private static final Participant MANAGER = person("李经理", Role.OPS_MANAGER, OPERATIONS);
    private static final Participant SPECIALIST = person("陈专员", Role.OPS_SPECIALIST, OPERATIONS);
    private static final Participant FINANCE_LEAD = person("赵财务", Role.DEPARTMENT_LEAD, FINANCE);
    private static final Participant HR_LEAD = person("孙人事", Role.DEPARTMENT_LEAD, HR);
    private static final Participant IT_LEAD = person("周技术", Role.DEPARTMENT_LEAD, IT);
    private static final Participant EXECUTIVE_LEAD = person("吴总办", Role.DEPARTMENT_LEAD, EXECUTIVE);
    private static final Participant AUDITOR = person("郑内审", Role.AUDITOR, department("INTERNAL_AUDIT"));
    private static final Participant LEAD_WITHOUT_DEPARTMENT =
            new Participant("钱某", Set.of(Role.DEPARTMENT_LEAD), Optional.empty());

    static DepartmentId department(DepartmentCode code) {
        return new DepartmentId(UUID.nameUUIDFromBytes(code.value().getBytes()));
    }

    static DepartmentId department(String code) {
        return department(new DepartmentCode(code));
    }

    private static Participant person(String name, Role role, DepartmentId department) {
        return new Participant(name, Set.of(role), Optional.of(department));
    }

    private static WorkItem register(String dutyType) {
        return register(dutyType, MANAGER.name());
    }

    private static WorkItem register(String dutyType, String raisedBy) {
        return WorkItem.register(WorkItemKind.TASK, "  Q3 item  ", "details", new DutyType(dutyType),
                Optional.of(LocalDate.of(2026, 9, 30)), POLICY, raisedBy, RAISED);
    }

    private static RuleViolation ruleViolation(ThrowingCallable action) {
        var refusal = catchThrowableOfType(RuleViolation.class, action);
        assertThat(refusal).as("expected a RuleViolation").isNotNull();
        return refusal;
    }

    private static String refusalKey(ThrowingCallable action) {
        return ruleViolation(action).messageKey();
    }

    // ---------------------------------------------------------------- registering

    @Nested
    class Registering {

        @Test
        void own_work_is_open_for_operations() {
            var item = register("PROCESS_COMPLIANCE_CHECK");

            assertThat(item.status()).isEqualTo(WorkItemStatus.OPEN);
            assertThat(item.decision()).isInstanceOf(Own.class);
            assertThat(item.needsSignOff()).isFalse();
            assertThat(item.isRedirected()).isFalse();
            assertThat(item.title()).isEqualTo("Q3 item");
            assertThat(item.kind()).isEqualTo(WorkItemKind.TASK);
            assertThat(item.raisedBy()).isEqualTo(MANAGER.name());
            assertThat(item.raisedAt()).isEqualTo(RAISED);
            assertThat(item.dueOn()).contains(LocalDate.of(2026, 9, 30));
            assertThat(item.signOff()).isEmpty();
            assertThat(item.closedBy()).isEmpty();
            assertThat(item.version()).isZero();
        }

        @Test
        void work_operations_participates_in_is_open() {
            var item = register("STRATEGIC_PLANNING");

            assertThat(item.status()).isEqualTo(WorkItemStatus.OPEN);
            assertThat(item.decision()).isEqualTo(new Participate(EXECUTIVE, item.decision().citation()));
            assertThat(item.isRedirected()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"BUSINESS_EXECUTION", "SYSTEM_DEVELOPMENT", "COMPLIANCE_AUDIT", "RECRUITING"})
        void work_of_another_department_is_handed_over(String dutyType) {
            var item = register(dutyType);

            assertThat(item.status()).isEqualTo(WorkItemStatus.HANDED_OVER);
            assertThat(item.isRedirected()).isTrue();
            assertThat(item.needsSignOff()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"RESTRUCTURING", "MAJOR_RISK_HANDLING", "BUDGET_APPROVAL"})
        void reserved_work_stays_open_for_operations_to_prepare(String dutyType) {
            var item = register(dutyType);

            assertThat(item.status()).isEqualTo(WorkItemStatus.OPEN);
            assertThat(item.isRedirected()).isTrue();
            assertThat(item.needsSignOff()).isTrue();
        }

        @Test
        void the_item_keeps_the_charter_line_it_was_routed_by() {
            var item = register("RECRUITING");

            assertThat(item.decision().citation().charterVersion()).isEqualTo(1);
            assertThat(item.decision().citation().textZh()).isEqualTo("人员招聘入职（由人力资源部负责）");
            assertThat(item.snapshot())
                    .containsEntry("dutyType", "RECRUITING")
                    .containsEntry("involvement", "EXCLUDED")
                    .containsEntry("department", HR.toString())
                    .containsEntry("charterVersion", "1")
                    .containsEntry("status", "HANDED_OVER")
                    .containsEntry("dueOn", "2026-09-30");
        }

        @Test
        void unclassified_work_cannot_be_registered() {
            assertRejected(() -> register("SOMETHING_ELSE"), "dutyType", "validation.duty-type.unknown");
        }

        @Test
        void an_item_needs_a_title_of_reasonable_length() {
            assertRejected(() -> WorkItem.register(WorkItemKind.REQUEST, " ", "", new DutyType("RECRUITING"),
                    Optional.empty(), POLICY, "li", RAISED), "title", "validation.required");
            assertRejected(() -> WorkItem.register(WorkItemKind.REQUEST, "x".repeat(WorkItem.MAX_TITLE + 1), "",
                    new DutyType("RECRUITING"), Optional.empty(), POLICY, "li", RAISED), "title", "validation.too-long");
            assertRejected(() -> WorkItem.register(WorkItemKind.REQUEST, "title", "x".repeat(WorkItem.MAX_TEXT + 1),
                    new DutyType("RECRUITING"), Optional.empty(), POLICY, "li", RAISED), "description", "validation.too-long");
        }
    }

    // ---------------------------------------------------------------- completing

    @Nested
    class Completing {

        @Test
        void operations_completes_its_own_work() {
            for (var who : new Participant[]{MANAGER, SPECIALIST, DIRECTOR}) {
                var done = register("RISK_IDENTIFICATION").complete(who, "register updated", LATER, 1);

                assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
                assertThat(done.closedBy()).contains(who.name());
                assertThat(done.closedAt()).contains(LATER);
                assertThat(done.outcome()).isEqualTo("register updated");
                assertThat(done.version()).isEqualTo(1);
                assertThat(done.signOff()).isEmpty();
            }
        }

        @Test
        void someone_outside_operations_cannot_complete_operations_work() {
            var item = register("RISK_IDENTIFICATION");

            assertThat(refusalKey(() -> item.complete(FINANCE_LEAD, "", LATER, 1))).isEqualTo("rule.work-item.operations-only");
            assertThat(refusalKey(() -> item.complete(AUDITOR, "", LATER, 1))).isEqualTo("rule.work-item.operations-only");
        }

        @Test
        void participated_work_is_completed_by_operations_or_by_the_leading_department() {
            assertThat(register("STRATEGIC_PLANNING").complete(MANAGER, "input given", LATER, 1).status())
                    .isEqualTo(WorkItemStatus.DONE);
            assertThat(register("STRATEGIC_PLANNING").complete(EXECUTIVE_LEAD, "plan adopted", LATER, 1).status())
                    .isEqualTo(WorkItemStatus.DONE);
            assertThat(refusalKey(() -> register("STRATEGIC_PLANNING").complete(HR_LEAD, "", LATER, 1)))
                    .isEqualTo("rule.work-item.not-involved");
        }

        @Test
        void handed_over_work_is_completed_by_the_owning_departments_lead() {
            var done = register("SYSTEM_DEVELOPMENT").complete(IT_LEAD, "CRM interface delivered", LATER, 1);

            assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
            assertThat(done.closedBy()).contains(IT_LEAD.name());
        }

        @Test
        void operations_cannot_complete_work_handed_to_another_department() {
            var item = register("SYSTEM_DEVELOPMENT");

            var refusal = ruleViolation(() -> item.complete(MANAGER, "", LATER, 1));

            assertThat(refusal.messageKey()).isEqualTo("rule.work-item.owned-by-other");
            assertThat(refusalKey(() -> item.complete(DIRECTOR, "", LATER, 1))).isEqualTo("rule.work-item.owned-by-other");
        }

        @Test
        void the_lead_of_another_department_cannot_complete_handed_over_work() {
            var item = register("RECRUITING");

            assertThat(refusalKey(() -> item.complete(IT_LEAD, "", LATER, 1))).isEqualTo("rule.work-item.owned-by-other");
            assertThat(refusalKey(() -> item.complete(LEAD_WITHOUT_DEPARTMENT, "", LATER, 1)))
                    .isEqualTo("rule.work-item.owned-by-other");
            assertThat(item.complete(HR_LEAD, "hired", LATER, 1).status()).isEqualTo(WorkItemStatus.DONE);
        }

        @Test
        void someone_in_the_owning_department_who_does_not_lead_it_cannot_complete_it() {
            var itEngineer = new Participant("工程师", Set.of(Role.OPS_SPECIALIST), Optional.of(IT));

            assertThat(refusalKey(() -> register("SYSTEM_DEVELOPMENT").complete(itEngineer, "", LATER, 1)))
                    .isEqualTo("rule.work-item.owned-by-other");
        }

        @Test
        void reserved_work_can_never_be_completed_directly() {
            for (var type : new String[]{"RESTRUCTURING", "MAJOR_RISK_HANDLING"}) {
                var item = register(type);
                for (var who : new Participant[]{MANAGER, DIRECTOR, EXECUTIVE_LEAD}) {
                    var refusal = ruleViolation(() -> item.complete(who, "", LATER, 1));
                    assertThat(refusal.messageKey()).isEqualTo("rule.work-item.needs-sign-off.management");
                }
            }
            var budget = register("BUDGET_APPROVAL");
            var refusal = ruleViolation(() -> budget.complete(FINANCE_LEAD, "", LATER, 1));
            assertThat(refusal.messageKey()).isEqualTo("rule.work-item.needs-sign-off.owner-department-lead");
        }
    }

    // ---------------------------------------------------------------- signing off

    @Nested
    class Awaiting {

        private static final List<Participant> EVERYONE = List.of(DIRECTOR, MANAGER, SPECIALIST, FINANCE_LEAD,
                HR_LEAD, IT_LEAD, EXECUTIVE_LEAD, AUDITOR, LEAD_WITHOUT_DEPARTMENT);

        private static List<Participant> awaited(WorkItem item) {
            return EVERYONE.stream().filter(item::awaits).toList();
        }

        @Test
        void handed_over_work_waits_for_the_lead_of_the_owning_department_only() {
            assertThat(awaited(register("RECRUITING"))).containsExactly(HR_LEAD);
        }

        @Test
        void a_requested_sign_off_waits_for_whoever_may_give_it_and_no_one_before_or_after() {
            var management = register("RESTRUCTURING");
            assertThat(awaited(management)).as("Operations prepares it first").isEmpty();
            var asked = management.requestSignOff(MANAGER, 1);
            assertThat(awaited(asked)).containsExactly(DIRECTOR);
            assertThat(awaited(asked.decideSignOff(DIRECTOR, true, "", LATER, 2))).isEmpty();

            var finance = register("BUDGET_APPROVAL").requestSignOff(MANAGER, 1);
            assertThat(awaited(finance)).containsExactly(FINANCE_LEAD);
            assertThat(awaited(finance.decideSignOff(FINANCE_LEAD, false, "numbers missing", LATER, 2)))
                    .as("refused: back with Operations").isEmpty();
        }

        @Test
        void own_and_shared_work_and_closed_work_wait_for_no_one() {
            assertThat(awaited(register("PROCESS_SYSTEM"))).isEmpty();
            assertThat(awaited(register("RECRUITING").complete(HR_LEAD, "hired", LATER, 1))).isEmpty();
            assertThat(awaited(register("RECRUITING").cancel(MANAGER, "not needed", LATER, 1))).isEmpty();
        }

        /** Waiting for someone ⇔ that someone's step succeeds: the dashboard never sends anyone to a refusal. */
        @Test
        void whoever_an_item_waits_for_can_take_its_next_step() {
            for (var item : List.of(register("RECRUITING"), register("RESTRUCTURING").requestSignOff(MANAGER, 1),
                    register("BUDGET_APPROVAL").requestSignOff(MANAGER, 1))) {
                for (var who : EVERYONE) {
                    ThrowingCallable step = item.status() == WorkItemStatus.HANDED_OVER
                            ? () -> item.complete(who, "done", LATER, item.version())
                            : () -> item.decideSignOff(who, true, "", LATER, item.version());
                    if (item.awaits(who)) {
                        assertThatCode(step).as("%s for %s", item.dutyType(), who.name()).doesNotThrowAnyException();
                    } else {
                        assertThat(catchThrowable(step)).as("%s for %s", item.dutyType(), who.name())
                                .isInstanceOf(RuleViolation.class);
                    }
                }
            }
        }
    }

    @Nested
    class SigningOff {

        @Test
        void operations_asks_for_the_sign_off_of_reserved_work() {
            var awaiting = register("MAJOR_RISK_HANDLING").requestSignOff(MANAGER, 1);

            assertThat(awaiting.status()).isEqualTo(WorkItemStatus.AWAITING_SIGN_OFF);
            assertThat(awaiting.version()).isEqualTo(1);
            assertThat(awaiting.closedBy()).isEmpty();
        }

        @Test
        void only_operations_asks_for_a_sign_off() {
            assertThat(refusalKey(() -> register("BUDGET_APPROVAL").requestSignOff(FINANCE_LEAD, 1)))
                    .isEqualTo("rule.work-item.operations-only");
        }

        @Test
        void work_that_needs_no_sign_off_cannot_be_sent_for_one() {
            assertThat(refusalKey(() -> register("PROCESS_SYSTEM").requestSignOff(MANAGER, 1)))
                    .isEqualTo("rule.work-item.no-sign-off-needed");
            assertThat(refusalKey(() -> register("RECRUITING").requestSignOff(MANAGER, 1)))
                    .isEqualTo("rule.work-item.no-sign-off-needed");
        }

        @Test
        void a_sign_off_is_asked_for_once() {
            var awaiting = register("RESTRUCTURING").requestSignOff(MANAGER, 1);

            assertThat(refusalKey(() -> awaiting.requestSignOff(MANAGER, 2))).isEqualTo("rule.work-item.not-open");
        }

        @Test
        void work_awaiting_a_sign_off_can_neither_be_completed_nor_cancelled() {
            var awaiting = register("RESTRUCTURING").requestSignOff(MANAGER, 1);

            assertThat(refusalKey(() -> awaiting.complete(DIRECTOR, "", LATER, 2)))
                    .isEqualTo("rule.work-item.awaiting-sign-off");
            assertThat(refusalKey(() -> awaiting.cancel(MANAGER, "not needed", LATER, 2)))
                    .isEqualTo("rule.work-item.awaiting-sign-off");
        }

        @Test
        void nothing_is_signed_before_operations_asks() {
            var open = register("RESTRUCTURING");

            assertThat(refusalKey(() -> open.decideSignOff(DIRECTOR, true, "", LATER, 1)))
                    .isEqualTo("rule.work-item.not-awaiting-sign-off");
        }

        @Test
        void the_director_signs_off_a_management_decision() {
            var awaiting = register("MAJOR_RISK_HANDLING").requestSignOff(MANAGER, 1);

            var done = awaiting.decideSignOff(DIRECTOR, true, " switch to the backup supplier ", LATER, 2);

            assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
            assertThat(done.signOff()).contains(
                    new SignOff(true, DIRECTOR.name(), Role.OPS_DIRECTOR, LATER, "switch to the backup supplier"));
            assertThat(done.closedBy()).contains(DIRECTOR.name());
            assertThat(done.closedAt()).contains(LATER);
            assertThat(done.version()).isEqualTo(2);
            assertThat(done.snapshot()).containsEntry("signOff", "APPROVED " + DIRECTOR.name());
        }

        @Test
        void neither_the_manager_nor_a_department_lead_signs_a_management_decision() {
            var awaiting = register("RESTRUCTURING").requestSignOff(MANAGER, 1);

            var refusal = ruleViolation(() -> awaiting.decideSignOff(MANAGER, true, "", LATER, 2));
            assertThat(refusal.messageKey()).isEqualTo("rule.work-item.sign-off-not-authorized.management");
            assertThat(refusalKey(() -> awaiting.decideSignOff(EXECUTIVE_LEAD, true, "", LATER, 2)))
                    .isEqualTo("rule.work-item.sign-off-not-authorized.management");
            assertThat(refusalKey(() -> awaiting.decideSignOff(FINANCE_LEAD, true, "", LATER, 2)))
                    .isEqualTo("rule.work-item.sign-off-not-authorized.management");
        }

        @Test
        void the_finance_lead_signs_off_a_budget_approval() {
            var awaiting = register("BUDGET_APPROVAL").requestSignOff(MANAGER, 1);

            var done = awaiting.decideSignOff(FINANCE_LEAD, true, "", LATER, 2);

            assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
            assertThat(done.signOff()).contains(new SignOff(true, FINANCE_LEAD.name(), Role.DEPARTMENT_LEAD, LATER, ""));
        }

        @Test
        void neither_another_departments_lead_nor_the_director_signs_a_budget_approval() {
            var awaiting = register("BUDGET_APPROVAL").requestSignOff(MANAGER, 1);

            var refusal = ruleViolation(() -> awaiting.decideSignOff(HR_LEAD, true, "", LATER, 2));
            assertThat(refusal.messageKey()).isEqualTo("rule.work-item.sign-off-not-authorized.owner-department-lead");
            assertThat(refusalKey(() -> awaiting.decideSignOff(DIRECTOR, true, "", LATER, 2)))
                    .isEqualTo("rule.work-item.sign-off-not-authorized.owner-department-lead");
            assertThat(refusalKey(() -> awaiting.decideSignOff(MANAGER, true, "", LATER, 2)))
                    .isEqualTo("rule.work-item.sign-off-not-authorized.owner-department-lead");
            var financeClerk = new Participant("会计", Set.of(Role.OPS_SPECIALIST), Optional.of(FINANCE));
            assertThat(refusalKey(() -> awaiting.decideSignOff(financeClerk, true, "", LATER, 2)))
                    .isEqualTo("rule.work-item.sign-off-not-authorized.owner-department-lead");
        }

        @Test
        void a_rejection_needs_a_comment() {
            var awaiting = register("BUDGET_APPROVAL").requestSignOff(MANAGER, 1);

            assertRejected(() -> awaiting.decideSignOff(FINANCE_LEAD, false, "  ", LATER, 2), "comment", "validation.required");
            assertRejected(() -> awaiting.decideSignOff(FINANCE_LEAD, false, null, LATER, 2), "comment", "validation.required");
        }

        @Test
        void a_sign_off_comment_has_a_limit() {
            var awaiting = register("BUDGET_APPROVAL").requestSignOff(MANAGER, 1);

            assertRejected(() -> awaiting.decideSignOff(FINANCE_LEAD, true, "x".repeat(WorkItem.MAX_TEXT + 1), LATER, 2),
                    "comment", "validation.too-long");
        }

        @Test
        void a_rejection_sends_the_work_back_to_operations_with_the_reason() {
            var awaiting = register("BUDGET_APPROVAL").requestSignOff(MANAGER, 1);

            var rejected = awaiting.decideSignOff(FINANCE_LEAD, false, "exceeds the annual budget", LATER, 2);

            assertThat(rejected.status()).isEqualTo(WorkItemStatus.OPEN);
            assertThat(rejected.signOff()).contains(
                    new SignOff(false, FINANCE_LEAD.name(), Role.DEPARTMENT_LEAD, LATER, "exceeds the annual budget"));
            assertThat(rejected.closedBy()).isEmpty();
            assertThat(rejected.closedAt()).isEmpty();
            assertThat(rejected.snapshot()).containsEntry("signOff", "REJECTED " + FINANCE_LEAD.name());
        }

        @Test
        void rejected_work_can_be_reworked_and_signed_off_later() {
            var rejected = register("BUDGET_APPROVAL").requestSignOff(MANAGER, 1)
                    .decideSignOff(FINANCE_LEAD, false, "exceeds the annual budget", LATER, 2);

            var done = rejected.requestSignOff(MANAGER, 3).decideSignOff(FINANCE_LEAD, true, "ok now", LATER.plusSeconds(60), 4);

            assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
            assertThat(done.signOff()).hasValueSatisfying(s -> {
                assertThat(s.approved()).isTrue();
                assertThat(s.comment()).isEqualTo("ok now");
            });
        }
    }

    // ---------------------------------------------------------------- closed work, cancelling

    @Nested
    class ClosingAndCancelling {

        @Test
        void completed_work_refuses_further_changes() {
            var done = register("PROCESS_SYSTEM").complete(MANAGER, "manual v2 published", LATER, 1);

            assertThat(refusalKey(() -> done.complete(MANAGER, "", LATER, 2))).isEqualTo("rule.work-item.closed");
            assertThat(refusalKey(() -> done.cancel(MANAGER, "mistake", LATER, 2))).isEqualTo("rule.work-item.closed");
        }

        @Test
        void signed_off_work_refuses_further_changes() {
            var done = register("RESTRUCTURING").requestSignOff(MANAGER, 1).decideSignOff(DIRECTOR, true, "", LATER, 2);

            assertThat(refusalKey(() -> done.requestSignOff(MANAGER, 3))).isEqualTo("rule.work-item.not-open");
            assertThat(refusalKey(() -> done.decideSignOff(DIRECTOR, false, "changed my mind", LATER, 3)))
                    .isEqualTo("rule.work-item.not-awaiting-sign-off");
            assertThat(refusalKey(() -> done.cancel(DIRECTOR, "changed my mind", LATER, 3)))
                    .isEqualTo("rule.work-item.closed");
        }

        @Test
        void operations_cancels_work_that_is_no_longer_needed() {
            var cancelled = register("SYSTEM_DEVELOPMENT").cancel(SPECIALIST, "  bought a SaaS instead ", LATER, 1);

            assertThat(cancelled.status()).isEqualTo(WorkItemStatus.CANCELLED);
            assertThat(cancelled.outcome()).isEqualTo("bought a SaaS instead");
            assertThat(cancelled.closedBy()).contains(SPECIALIST.name());
            assertThat(cancelled.closedAt()).contains(LATER);
            assertThat(cancelled.status().isClosed()).isTrue();
        }

        @Test
        void whoever_raised_the_work_may_cancel_it() {
            var raisedByHr = register("RECRUITING", HR_LEAD.name());

            assertThat(raisedByHr.cancel(HR_LEAD, "position frozen", LATER, 1).status()).isEqualTo(WorkItemStatus.CANCELLED);
        }

        @Test
        void nobody_else_outside_operations_may_cancel_it() {
            var item = register("RECRUITING");

            assertThat(refusalKey(() -> item.cancel(HR_LEAD, "not ours", LATER, 1))).isEqualTo("rule.work-item.cancel-not-allowed");
            assertThat(refusalKey(() -> item.cancel(AUDITOR, "not needed", LATER, 1))).isEqualTo("rule.work-item.cancel-not-allowed");
        }

        @Test
        void a_cancellation_needs_a_reason() {
            assertRejected(() -> register("PROCESS_SYSTEM").cancel(MANAGER, " ", LATER, 1), "outcome", "validation.required");
            assertRejected(() -> register("PROCESS_SYSTEM").cancel(MANAGER, null, LATER, 1), "outcome", "validation.required");
        }

        @Test
        void cancelled_work_cannot_be_completed_or_cancelled_again() {
            var cancelled = register("PROCESS_SYSTEM").cancel(MANAGER, "duplicate", LATER, 1);

            assertThat(refusalKey(() -> cancelled.complete(MANAGER, "", LATER, 2))).isEqualTo("rule.work-item.closed");
            assertThat(refusalKey(() -> cancelled.cancel(MANAGER, "again", LATER, 2))).isEqualTo("rule.work-item.closed");
        }

        @Test
        void reserved_work_may_be_withdrawn_before_it_is_sent_for_sign_off() {
            var cancelled = register("MAJOR_RISK_HANDLING").cancel(MANAGER, "risk did not materialise", LATER, 1);

            assertThat(cancelled.status()).isEqualTo(WorkItemStatus.CANCELLED);
            assertThat(cancelled.decision()).isInstanceOf(Redirect.class);
        }
    }

    @Test
    void a_participant_is_in_operations_when_holding_an_operations_role() {
        assertThat(DIRECTOR.isOperations()).isTrue();
        assertThat(MANAGER.isOperations()).isTrue();
        assertThat(SPECIALIST.isOperations()).isTrue();
        assertThat(FINANCE_LEAD.isOperations()).isFalse();
        assertThat(AUDITOR.isOperations()).isFalse();
        assertThat(new Participant("admin", Set.of(Role.ADMIN), Optional.empty()).isOperations()).isFalse();
        assertThat(FINANCE_LEAD.leads(FINANCE)).isTrue();
        assertThat(FINANCE_LEAD.leads(HR)).isFalse();
        assertThat(LEAD_WITHOUT_DEPARTMENT.leads(FINANCE)).isFalse();
        assertThat(new Participant("x", Set.of(Role.OPS_SPECIALIST), Optional.of(FINANCE)).leads(FINANCE)).isFalse();
    }
}
