package dev.opscharter.application.charter.service;

import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.application.charter.CharterFixture;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.in.WorkItemQueries.DepartmentTally;
import dev.opscharter.application.charter.port.in.WorkItemQueries.Filter;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.SignOff;
import dev.opscharter.domain.charter.SignOffAuthority;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WorkItemServiceTest {

    private static final Instant NOW = OrganizationFixture.NOW;

    private final CharterFixture fx = new CharterFixture();
    private final WorkItemService service = fx.workItemService();

    static Stream<Actor> mayNotRaise() {
        return Actors.allBut(Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.DEPARTMENT_LEAD);
    }

    static Stream<Actor> mayNotReadTheRegister() {
        return Actors.allBut(Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.DEPARTMENT_LEAD,
                Role.AUDITOR);
    }

    // ---- helpers

    private WorkItemId register(String dutyType) {
        return register(dutyType, "Work on " + dutyType.toLowerCase(Locale.ROOT));
    }

    private WorkItemId register(String dutyType, String title) {
        return service.register(new WorkItemDraft(WorkItemKind.TASK, title, "", dutyType, Optional.empty()));
    }

    private WorkItem stored(WorkItemId id) {
        return fx.workItems.byId(id).orElseThrow();
    }

    private long version(WorkItemId id) {
        return stored(id).version();
    }

    /** Registers reserved work as the manager and asks for its sign-off. */
    private WorkItemId awaitingSignOff(String dutyType) {
        var previous = fx.org.actor.get();
        fx.actAs(fx.manager);
        var id = register(dutyType);
        service.requestSignOff(id, version(id));
        fx.actAs(previous);
        return id;
    }

    private static void assertRuleViolation(ThrowingCallable action, String key) {
        var violation = catchThrowableOfType(RuleViolation.class, action);
        assertThat(violation).as("expected a RuleViolation %s", key).isNotNull();
        assertThat(violation.messageKey()).isEqualTo(key);
    }

    // ---- one request, one item

    @Test
    void the_same_request_twice_registers_one_item_and_answers_it_both_times() {
        var request = RequestKey.fresh();
        var draft = new WorkItemDraft(WorkItemKind.TASK, "双击登记", "", "PROCESS_OPTIMIZATION", Optional.empty());

        var first = service.register(request, draft);
        var again = service.register(request, draft);

        assertThat(again).isEqualTo(first);
        assertThat(fx.workItems.all()).singleElement().satisfies(item -> assertThat(item.id()).isEqualTo(first));
        assertThat(fx.org.auditLog.entries()).hasSize(1);
        assertThat(service.register(RequestKey.fresh(), draft)).as("another request").isNotEqualTo(first);
    }

    // ---- routing by the charter in force

    @Test
    void own_work_stays_with_operations_and_cites_the_charter_line() {
        var id = register("PROCESS_OPTIMIZATION");

        var item = stored(id);
        assertThat(item.decision()).isInstanceOf(BoundaryDecision.Own.class);
        assertThat(item.status()).isEqualTo(WorkItemStatus.OPEN);
        assertThat(item.decision().citation().charterVersion()).isEqualTo(1);
        assertThat(item.decision().citation().dimensionCode()).isEqualTo("EFFICIENCY_OPTIMIZATION");
        assertThat(item.decision().citation().textZh()).isEqualTo("推动流程优化");
        assertThat(item.raisedBy()).isEqualTo("manager");
        assertThat(item.raisedAt()).isEqualTo(NOW);
        assertThat(item.version()).isEqualTo(1);
    }

    @Test
    void strategic_planning_is_led_by_executive_management_with_operations_participating() {
        var item = stored(register("STRATEGIC_PLANNING"));

        assertThat(item.decision()).isInstanceOf(BoundaryDecision.Participate.class);
        assertThat(item.decision().involvement()).isEqualTo(Involvement.PARTICIPATE);
        assertThat(item.decision().department()).contains(fx.executive.id());
        assertThat(item.status()).isEqualTo(WorkItemStatus.OPEN);
    }

    @Test
    void system_development_is_redirected_to_it_citing_the_version_in_force() {
        var item = stored(register("SYSTEM_DEVELOPMENT"));

        var redirect = (BoundaryDecision.Redirect) item.decision();
        assertThat(redirect.owner()).isEqualTo(fx.it.id());
        assertThat(redirect.signOff()).isEmpty();
        assertThat(redirect.citation().charterVersion()).isEqualTo(1);
        assertThat(redirect.citation().textEn()).isEqualTo("System development (by IT)");
        assertThat(item.status()).isEqualTo(WorkItemStatus.HANDED_OVER);
        assertThat(item.isRedirected()).isTrue();
    }

    @Test
    void reserved_work_stays_open_with_operations_until_signed_off() {
        var majorRisk = (BoundaryDecision.Redirect) stored(register("MAJOR_RISK_HANDLING")).decision();
        var budget = (BoundaryDecision.Redirect) stored(register("BUDGET_APPROVAL")).decision();

        assertThat(majorRisk.owner()).isEqualTo(fx.executive.id());
        assertThat(majorRisk.signOff()).contains(SignOffAuthority.MANAGEMENT);
        assertThat(budget.owner()).isEqualTo(fx.finance.id());
        assertThat(budget.signOff()).contains(SignOffAuthority.OWNER_DEPARTMENT_LEAD);
        assertThat(fx.workItems.all()).extracting(WorkItem::status).containsOnly(WorkItemStatus.OPEN);
    }

    @Test
    void a_new_charter_version_in_force_changes_the_routing_and_the_citation() {
        fx.charterService().revise(fx.seedDimensionsWith(CharterLine.own("SYSTEM_DEVELOPMENT", "运营工具开发",
                "Operations tool development")), LocalDate.of(2026, 5, 14), "we build our own tools now", 1);

        var item = stored(register("SYSTEM_DEVELOPMENT"));

        assertThat(item.decision()).isInstanceOf(BoundaryDecision.Own.class);
        assertThat(item.decision().citation().charterVersion()).isEqualTo(2);
        assertThat(item.decision().citation().textEn()).isEqualTo("Operations tool development");
    }

    @Test
    void an_earlier_decision_keeps_citing_the_version_it_was_taken_under() {
        var before = register("SYSTEM_DEVELOPMENT");
        fx.charterService().revise(fx.seedDimensionsWith(CharterLine.own("SYSTEM_DEVELOPMENT", "运营工具开发",
                "Operations tool development")), LocalDate.of(2026, 5, 14), "we build our own tools now", 1);

        assertThat(stored(before).decision().citation().charterVersion()).isEqualTo(1);
        assertThat(stored(before).decision().department()).contains(fx.it.id());
    }

    @Test
    void preview_shows_the_decision_without_registering_anything() {
        var decision = service.preview("RECRUITING");

        assertThat(decision.department()).contains(fx.hr.id());
        assertThat(decision.involvement()).isEqualTo(Involvement.EXCLUDED);
        assertThat(fx.workItems.all()).isEmpty();
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @Test
    void a_duty_type_the_charter_does_not_know_is_refused() {
        assertRejected(() -> register("ASTROLOGY"), "dutyType", "validation.duty-type.unknown");
        assertThat(fx.workItems.all()).isEmpty();
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @Test
    void registering_is_audit_logged_with_the_routing() {
        var id = register("SYSTEM_DEVELOPMENT", "New CRM export");

        var entry = fx.org.onlyAuditEntry();
        assertEntry(entry, CREATE, "manager", "WorkItem", id);
        assertThat(entry.entityLabel()).isEqualTo("New CRM export");
        assertThat(entry.changes()).contains(
                new FieldChange("involvement", "", "EXCLUDED"),
                new FieldChange("department", "", fx.it.id().toString()),
                new FieldChange("charterVersion", "", "1"),
                new FieldChange("status", "", "HANDED_OVER"));
    }

    @ParameterizedTest
    @MethodSource("mayNotRaise")
    void only_operations_and_department_leads_may_register(Actor someone) {
        fx.actAs(someone);

        assertThatThrownBy(() -> register("PROCESS_OPTIMIZATION")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.preview("PROCESS_OPTIMIZATION")).isInstanceOf(AccessDenied.class);
        assertThat(fx.workItems.all()).isEmpty();
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    // ---- who sees what

    @Test
    void a_redirected_item_is_visible_to_the_owning_department_s_lead_only() {
        var forIt = register("SYSTEM_DEVELOPMENT");
        var forHr = register("RECRUITING");
        register("PROCESS_OPTIMIZATION");

        fx.actAs(fx.itLead);
        assertThat(visible(Filter.ALL)).extracting(WorkItem::id).containsExactly(forIt);
        assertThat(service.get(forIt).id()).isEqualTo(forIt);
        assertThatThrownBy(() -> service.get(forHr)).isInstanceOf(AccessDenied.class);

        fx.actAs(fx.hrLead);
        assertThat(visible(Filter.ALL)).extracting(WorkItem::id).containsExactly(forHr);
        assertThatThrownBy(() -> service.get(forIt)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_department_lead_who_is_not_set_up_as_a_person_sees_nothing_of_other_departments() {
        register("SYSTEM_DEVELOPMENT");
        fx.actAs(Actors.holding(Role.DEPARTMENT_LEAD));

        assertThat(visible(Filter.ALL)).isEmpty();
        assertThat(service.myDepartment()).isEmpty();
    }

    @Test
    void a_department_lead_sees_what_they_raised() {
        fx.actAs(fx.hrLead);
        var raised = register("PROCESS_OPTIMIZATION", "Speed up onboarding paperwork");

        assertThat(visible(Filter.ALL)).extracting(WorkItem::id).containsExactly(raised);
        assertThat(stored(raised).decision()).isInstanceOf(BoundaryDecision.Own.class);
    }

    @Test
    void operations_sees_every_item_newest_first() {
        var first = register("SYSTEM_DEVELOPMENT");
        fx.org.clock.advance(Duration.ofMinutes(5));
        var second = register("RECRUITING");
        fx.org.clock.advance(Duration.ofMinutes(5));
        var third = register("PROCESS_OPTIMIZATION");

        for (var operations : List.of(fx.manager, fx.specialist, fx.director)) {
            fx.actAs(operations);
            assertThat(visible(Filter.ALL)).extracting(WorkItem::id).containsExactly(third, second, first);
        }
    }

    @Test
    void the_register_filters_by_department_involvement_and_open_items() {
        var forIt = register("SYSTEM_DEVELOPMENT");
        var doneForIt = register("SYSTEM_DEVELOPMENT");
        var planning = register("STRATEGIC_PLANNING");
        register("PROCESS_OPTIMIZATION");
        fx.actAs(fx.itLead);
        service.complete(doneForIt, "shipped", version(doneForIt));
        fx.actAs(fx.manager);

        assertThat(visible(new Filter(Optional.of(fx.it.id()), Optional.empty(), false)))
                .extracting(WorkItem::id).containsExactlyInAnyOrder(forIt, doneForIt);
        assertThat(visible(new Filter(Optional.of(fx.it.id()), Optional.empty(), true)))
                .extracting(WorkItem::id).containsExactly(forIt);
        assertThat(visible(new Filter(Optional.empty(), Optional.of(Involvement.PARTICIPATE), false)))
                .extracting(WorkItem::id).containsExactly(planning);
    }

    @Test
    void the_auditor_sees_every_item_but_cannot_register() {
        register("SYSTEM_DEVELOPMENT");
        register("RECRUITING");
        register("PROCESS_OPTIMIZATION");
        fx.actAs(fx.auditor);

        assertThat(visible(Filter.ALL)).hasSize(3);
        assertThat(service.boundaryTally()).isNotEmpty();
        assertThatThrownBy(() -> register("COMPLIANCE_AUDIT")).isInstanceOf(AccessDenied.class);
        assertThat(fx.workItems.all()).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("mayNotReadTheRegister")
    void others_cannot_read_the_register(Actor someone) {
        register("SYSTEM_DEVELOPMENT");
        fx.actAs(someone);

        assertThatThrownBy(() -> visible(Filter.ALL)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.get(fx.workItems.all().getFirst().id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(service::boundaryTally).isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_administrator_cannot_open_an_item_even_of_their_own_department() {
        var forIt = register("SYSTEM_DEVELOPMENT");
        fx.actAs(fx.admin);

        assertThatThrownBy(() -> visible(Filter.ALL)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.get(forIt)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_unknown_item_is_not_found() {
        assertThatThrownBy(() -> service.get(WorkItemId.random())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.complete(WorkItemId.random(), "x", 1)).isInstanceOf(NotFound.class);
    }

    @Test
    void my_department_comes_from_the_person_behind_the_account() {
        fx.actAs(fx.financeLead);
        assertThat(service.myDepartment()).contains(fx.finance.id());
        fx.actAs(fx.manager);
        assertThat(service.myDepartment()).contains(fx.operations.id());
    }

    // ---- who is told, and "waiting for me"

    private List<Notification> told(String username) {
        return fx.notifications.to(username);
    }

    private long awaitingMe(Actor who) {
        var previous = fx.org.actor.get();
        fx.actAs(who);
        var count = service.count(Filter.AWAITING_ME);
        assertThat(service.visible(Filter.AWAITING_ME, new PageRequest(0, 50))).hasSize((int) count);
        fx.actAs(previous);
        return count;
    }

    @Test
    void handed_over_work_reaches_the_owning_lead_with_the_raiser_s_name_and_waits_for_them_only() {
        var person = fx.org.person("王晓明", fx.operations).roles(Role.OPS_MANAGER).save();
        fx.org.account(person, "wang.xm");
        fx.actAs(Actor.user("wang.xm", java.util.Set.of(Role.OPS_MANAGER)));
        var id = register("SYSTEM_DEVELOPMENT", "Export the orders nightly");

        assertThat(told("it.lead")).singleElement().satisfies(n -> {
            assertThat(n.subjectKey()).isEqualTo("notification.work-item.handed-over");
            assertThat(n.arguments()).containsExactly("Export the orders nightly", "王晓明");
            assertThat(n.link()).isEqualTo("charter/work-items?item=" + id);
        });
        assertThat(fx.notifications.sent()).hasSize(1);
        assertThat(awaitingMe(fx.itLead)).isEqualTo(1);
        assertThat(awaitingMe(fx.hrLead)).isZero();
        assertThat(awaitingMe(fx.director)).isZero();

        fx.actAs(fx.itLead);
        service.complete(id, "job deployed", 1);
        assertThat(told("wang.xm")).singleElement().satisfies(n -> {
            assertThat(n.subjectKey()).isEqualTo("notification.work-item.completed");
            assertThat(n.arguments()).startsWith("Export the orders nightly", "it.lead");
        });
        assertThat(awaitingMe(fx.itLead)).as("done: nothing waits any more").isZero();
    }

    @Test
    void a_sign_off_request_reaches_whoever_may_give_it_and_the_outcome_reaches_the_raiser() {
        var id = register("RESTRUCTURING");
        assertThat(fx.notifications.sent()).as("Operations prepares it first").isEmpty();

        service.requestSignOff(id, 1);
        assertThat(told("director")).singleElement()
                .satisfies(n -> assertThat(n.subjectKey()).isEqualTo("notification.work-item.sign-off-requested"));
        assertThat(awaitingMe(fx.director)).isEqualTo(1);
        assertThat(awaitingMe(fx.financeLead)).isZero();

        fx.actAs(fx.director);
        service.decideSignOff(id, false, "numbers first", 2);
        assertThat(told("manager")).singleElement().satisfies(n -> {
            assertThat(n.subjectKey()).isEqualTo("notification.work-item.sign-off-refused");
            assertThat(n.arguments()).endsWith("numbers first");
        });
        assertThat(awaitingMe(fx.director)).isZero();

        var finance = awaitingSignOff("BUDGET_APPROVAL");
        assertThat(told("finance.lead")).extracting(Notification::link)
                .containsExactly("charter/work-items?item=" + finance);
        fx.actAs(fx.financeLead);
        service.decideSignOff(finance, true, "", version(finance));
        assertThat(told("manager")).extracting(Notification::subjectKey).last()
                .isEqualTo("notification.work-item.signed-off");
    }

    @Test
    void withdrawn_work_tells_the_lead_who_was_waiting_but_not_the_one_who_withdrew_it() {
        var id = register("SYSTEM_DEVELOPMENT");
        fx.notifications.clear();

        service.cancel(id, "bought a tool instead", 1);

        assertThat(fx.notifications.sent()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("it.lead");
            assertThat(n.subjectKey()).isEqualTo("notification.work-item.cancelled");
            assertThat(n.arguments()).endsWith("bought a tool instead");
        });
    }

    // ---- who finishes what

    @Test
    void operations_completes_its_own_work_and_a_department_lead_cannot() {
        var id = register("PROCESS_OPTIMIZATION");

        fx.actAs(fx.itLead);
        assertRuleViolation(() -> service.complete(id, "done", 1), "rule.work-item.operations-only");

        fx.actAs(fx.specialist);
        service.complete(id, "new approval flow live", 1);
        var done = stored(id);
        assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(done.closedBy()).contains("specialist");
        assertThat(done.closedAt()).contains(NOW);
        assertThat(done.outcome()).isEqualTo("new approval flow live");
        assertThat(done.version()).isEqualTo(2);
    }

    @Test
    void operations_cannot_complete_a_redirected_item_and_the_owner_s_lead_can() {
        var id = register("SYSTEM_DEVELOPMENT");

        for (var notTheOwner : List.of(fx.manager, fx.director, fx.hrLead)) {
            fx.actAs(notTheOwner);
            assertRuleViolation(() -> service.complete(id, "done", 1), "rule.work-item.owned-by-other");
        }
        assertThat(stored(id).status()).isEqualTo(WorkItemStatus.HANDED_OVER);
        assertThat(fx.org.auditLog.entries()).hasSize(1);

        fx.actAs(fx.itLead);
        service.complete(id, "export job deployed", 1);
        assertThat(stored(id).status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(stored(id).closedBy()).contains("it.lead");
    }

    @Test
    void participation_work_is_finished_by_operations_or_the_leading_department() {
        var byExecutive = register("STRATEGIC_PLANNING");
        var byOperations = register("STRATEGIC_PLANNING");

        fx.actAs(fx.hrLead);
        assertRuleViolation(() -> service.complete(byExecutive, "done", 1), "rule.work-item.not-involved");
        fx.actAs(fx.executiveLead);
        service.complete(byExecutive, "plan adopted", 1);
        fx.actAs(fx.manager);
        service.complete(byOperations, "our input delivered", 1);

        assertThat(stored(byExecutive).status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(stored(byOperations).status()).isEqualTo(WorkItemStatus.DONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAJOR_RISK_HANDLING", "RESTRUCTURING"})
    void management_work_needs_the_director_s_sign_off(String dutyType) {
        var id = register(dutyType);

        assertRuleViolation(() -> service.complete(id, "handled", 1), "rule.work-item.needs-sign-off.management");
        service.requestSignOff(id, 1);
        assertThat(stored(id).status()).isEqualTo(WorkItemStatus.AWAITING_SIGN_OFF);

        for (var notManagement : List.of(fx.manager, fx.executiveLead, fx.financeLead)) {
            fx.actAs(notManagement);
            assertRuleViolation(() -> service.decideSignOff(id, true, "ok", 2),
                    "rule.work-item.sign-off-not-authorized.management");
        }
        assertThat(stored(id).status()).isEqualTo(WorkItemStatus.AWAITING_SIGN_OFF);

        fx.org.clock.advance(Duration.ofHours(3));
        fx.actAs(fx.director);
        service.decideSignOff(id, true, "approved in the management meeting", 2);

        var done = stored(id);
        assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(done.signOff()).contains(new SignOff(true, "director", Role.OPS_DIRECTOR,
                NOW.plus(Duration.ofHours(3)), "approved in the management meeting"));
        assertThat(done.closedBy()).contains("director");
        assertThat(done.closedAt()).contains(NOW.plus(Duration.ofHours(3)));
    }

    @Test
    void a_department_lead_cannot_ask_for_a_sign_off() {
        fx.actAs(fx.executiveLead);
        var id = register("MAJOR_RISK_HANDLING");

        assertRuleViolation(() -> service.requestSignOff(id, 1), "rule.work-item.operations-only");
    }

    @Test
    void own_work_needs_no_sign_off() {
        var id = register("PROCESS_OPTIMIZATION");

        assertRuleViolation(() -> service.requestSignOff(id, 1), "rule.work-item.no-sign-off-needed");
    }

    @Test
    void work_awaiting_sign_off_cannot_be_completed_or_cancelled_meanwhile() {
        var id = awaitingSignOff("RESTRUCTURING");

        assertRuleViolation(() -> service.complete(id, "done", 2), "rule.work-item.awaiting-sign-off");
        assertRuleViolation(() -> service.cancel(id, "not needed", 2), "rule.work-item.awaiting-sign-off");
    }

    @Test
    void a_budget_change_needs_the_finance_lead_not_the_director() {
        var id = awaitingSignOff("BUDGET_APPROVAL");

        for (var notFinance : List.of(fx.director, fx.manager, fx.hrLead)) {
            fx.actAs(notFinance);
            assertRuleViolation(() -> service.decideSignOff(id, true, "ok", 2),
                    "rule.work-item.sign-off-not-authorized.owner-department-lead");
        }

        fx.actAs(fx.financeLead);
        service.decideSignOff(id, true, "within the annual envelope", 2);

        var done = stored(id);
        assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(done.signOff().orElseThrow().by()).isEqualTo("finance.lead");
        assertThat(done.signOff().orElseThrow().as()).isEqualTo(Role.DEPARTMENT_LEAD);
    }

    @Test
    void a_rejection_returns_the_item_to_operations_with_the_comment() {
        var id = awaitingSignOff("BUDGET_APPROVAL");
        fx.actAs(fx.financeLead);

        service.decideSignOff(id, false, "break the cost down by quarter", 2);

        var returned = stored(id);
        assertThat(returned.status()).isEqualTo(WorkItemStatus.OPEN);
        assertThat(returned.signOff()).contains(new SignOff(false, "finance.lead", Role.DEPARTMENT_LEAD, NOW,
                "break the cost down by quarter"));
        assertThat(returned.closedBy()).isEmpty();
        assertThat(returned.closedAt()).isEmpty();

        fx.actAs(fx.manager);
        service.requestSignOff(id, 3);
        assertThat(stored(id).status()).isEqualTo(WorkItemStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void a_rejection_needs_a_comment() {
        var id = awaitingSignOff("MAJOR_RISK_HANDLING");
        fx.actAs(fx.director);

        assertRejected(() -> service.decideSignOff(id, false, " ", 2), "comment", "validation.required");
        assertThat(stored(id).status()).isEqualTo(WorkItemStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void awaiting_my_sign_off_lists_what_each_person_may_sign() {
        var majorRisk = awaitingSignOff("MAJOR_RISK_HANDLING");
        var restructuring = awaitingSignOff("RESTRUCTURING");
        var budget = awaitingSignOff("BUDGET_APPROVAL");
        register("BUDGET_APPROVAL"); // still being prepared
        register("SYSTEM_DEVELOPMENT");

        fx.actAs(fx.director);
        assertThat(service.awaitingMySignOff()).extracting(WorkItem::id)
                .containsExactlyInAnyOrder(majorRisk, restructuring);
        fx.actAs(fx.financeLead);
        assertThat(service.awaitingMySignOff()).extracting(WorkItem::id).containsExactly(budget);
        for (var nobodyToSign : List.of(fx.manager, fx.specialist, fx.hrLead, fx.itLead, fx.executiveLead, fx.auditor)) {
            fx.actAs(nobodyToSign);
            assertThat(service.awaitingMySignOff()).as(nobodyToSign.name()).isEmpty();
        }

        fx.actAs(fx.director);
        service.decideSignOff(majorRisk, true, "go", 2);
        assertThat(service.awaitingMySignOff()).extracting(WorkItem::id).containsExactly(restructuring);
    }

    @Test
    void the_boundary_tally_counts_per_department() {
        var systemDone = register("SYSTEM_DEVELOPMENT");
        register("SYSTEM_DEVELOPMENT");
        register("RECRUITING");
        register("MAJOR_RISK_HANDLING");
        register("RESTRUCTURING");
        register("STRATEGIC_PLANNING");
        register("BUDGET_APPROVAL");
        register("PROCESS_OPTIMIZATION");
        var cancelled = register("COMPLIANCE_AUDIT");
        service.cancel(cancelled, "raised by mistake", 1);
        fx.actAs(fx.itLead);
        service.complete(systemDone, "done", 1);
        fx.actAs(fx.manager);

        assertThat(service.boundaryTally()).containsExactlyInAnyOrder(
                new DepartmentTally(fx.it.id(), 2, 0, 0, 1),
                new DepartmentTally(fx.hr.id(), 1, 0, 0, 1),
                new DepartmentTally(fx.executive.id(), 0, 2, 1, 3),
                new DepartmentTally(fx.finance.id(), 0, 1, 0, 1));
    }

    // ---- cancelling

    @Test
    void the_raiser_or_operations_may_cancel_with_a_reason() {
        fx.actAs(fx.hrLead);
        var raisedByHr = register("SYSTEM_DEVELOPMENT", "HR portal change");
        fx.actAs(fx.itLead);
        assertRuleViolation(() -> service.cancel(raisedByHr, "no", 1), "rule.work-item.cancel-not-allowed");
        fx.actAs(fx.hrLead);
        assertRejected(() -> service.cancel(raisedByHr, "", 1), "outcome", "validation.required");

        service.cancel(raisedByHr, "solved by configuration", 1);

        var cancelled = stored(raisedByHr);
        assertThat(cancelled.status()).isEqualTo(WorkItemStatus.CANCELLED);
        assertThat(cancelled.outcome()).isEqualTo("solved by configuration");
        assertRuleViolation(() -> service.complete(raisedByHr, "done", 2), "rule.work-item.closed");
    }

    // ---- concurrency and audit

    @Test
    void a_change_based_on_a_stale_version_is_refused_and_changes_nothing() {
        var id = register("PROCESS_OPTIMIZATION");
        service.complete(id, "first", 1);
        var other = register("SYSTEM_DEVELOPMENT");
        var audit = fx.org.auditLog.entries();

        fx.actAs(fx.itLead);
        assertThatThrownBy(() -> service.complete(other, "late", 0)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.complete(other, "from the future", 2))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(stored(other).status()).isEqualTo(WorkItemStatus.HANDED_OVER);
        assertThat(stored(other).version()).isEqualTo(1);
        assertThat(fx.org.auditLog.entries()).isEqualTo(audit);
    }

    @Test
    void two_people_deciding_on_the_same_version_one_of_them_loses() {
        var id = register("MAJOR_RISK_HANDLING");
        service.requestSignOff(id, 1);
        fx.actAs(fx.director);
        service.decideSignOff(id, false, "more detail please", 2);
        fx.actAs(fx.manager);
        service.requestSignOff(id, 3);

        fx.actAs(fx.director);
        assertThatThrownBy(() -> service.decideSignOff(id, true, "ok", 2))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(stored(id).status()).isEqualTo(WorkItemStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void every_step_is_audit_logged_by_who_did_it() {
        var id = register("MAJOR_RISK_HANDLING", "Supplier insolvency");
        service.requestSignOff(id, 1);
        fx.org.clock.advance(Duration.ofHours(1));
        fx.actAs(fx.director);
        service.decideSignOff(id, true, "approved", 2);

        var entries = fx.org.auditLog.entries();
        assertThat(entries).hasSize(3);
        assertEntry(entries.get(0), CREATE, "manager", "WorkItem", id);
        assertEntry(entries.get(1), UPDATE, "manager", "WorkItem", id);
        assertThat(entries.get(1).changes()).containsExactly(new FieldChange("status", "OPEN", "AWAITING_SIGN_OFF"));
        assertEntry(entries.get(2), UPDATE, "director", "WorkItem", id);
        assertThat(entries.get(2).occurredAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(entries.get(2).entityLabel()).isEqualTo("Supplier insolvency");
        assertThat(entries.get(2).changes()).contains(
                new FieldChange("status", "AWAITING_SIGN_OFF", "DONE"),
                new FieldChange("signOff", "", "APPROVED director"),
                new FieldChange("outcome", "", "approved"));
    }

    @Test
    void a_refused_step_writes_no_audit_entry() {
        var id = register("SYSTEM_DEVELOPMENT");

        assertRuleViolation(() -> service.complete(id, "done", 1), "rule.work-item.owned-by-other");

        assertThat(fx.org.auditLog.entries()).hasSize(1);
    }

    @Test
    void nobody_signed_in_cannot_change_items() {
        var id = register("PROCESS_OPTIMIZATION");
        fx.actAs(Actor.ANONYMOUS);

        assertThatThrownBy(() -> service.complete(id, "done", 1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(service::awaitingMySignOff).isInstanceOf(AccessDenied.class);
    }

    /** Every visible item the filter finds, as far as one page holds. */
    private List<WorkItem> visible(Filter filter) {
        return service.visible(filter, PageRequest.first(PageRequest.MAX_LIMIT));
    }
}
