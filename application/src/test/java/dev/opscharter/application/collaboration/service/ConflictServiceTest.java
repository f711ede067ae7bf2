package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.collaboration.ConflictId;
import dev.opscharter.domain.collaboration.ConflictStep;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dev.opscharter.application.collaboration.service.CollaborationFixture.FINANCE;
import static dev.opscharter.application.collaboration.service.CollaborationFixture.HR;
import static dev.opscharter.application.collaboration.service.CollaborationFixture.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConflictServiceTest {

    final CollaborationFixture f = new CollaborationFixture();
    final ConflictService service = f.conflictService;

    ConflictId costAccounting() {
        return service.record(RequestKey.fresh(), Set.of(FINANCE, OPERATIONS), "成本核算口径不一致");
    }

    long version(ConflictId id) {
        return f.conflicts.byId(id).orElseThrow().version();
    }

    @Test
    void a_conflict_is_recorded_once_per_request_and_audited() {
        var request = RequestKey.fresh();

        var first = service.record(request, Set.of(FINANCE, OPERATIONS), "成本核算口径不一致");
        var again = service.record(request, Set.of(FINANCE, OPERATIONS), "成本核算口径不一致");

        assertThat(again).isEqualTo(first);
        assertThat(service.countConflicts()).isEqualTo(1);
        assertThat(f.charter.org.auditLog.entries()).filteredOn(e -> e.entityType().equals("Conflict"))
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.CREATE));
    }

    @Test
    void a_standing_plan_resolves_a_new_conflict_and_a_retired_one_no_longer_does() {
        var plan = service.adoptPlan(RequestKey.fresh(), "成本口径争议", "财务与运营对成本核算口径不一致",
                "以财务口径为准，运营在月度对账会上说明差异");
        var conflict = costAccounting();

        service.applyPlan(conflict, plan, List.of("王财务", "manager"), version(conflict));

        var resolved = service.conflict(conflict).record();
        assertThat(resolved.resolution()).hasValueSatisfying(r -> {
            assertThat(r.plan()).contains(plan);
            assertThat(r.text()).isEqualTo("以财务口径为准，运营在月度对账会上说明差异");
            assertThat(r.agreedBy()).containsExactly("王财务", "manager");
        });
        service.retirePlan(plan, f.plans.byId(plan).orElseThrow().version());
        var next = costAccounting();
        assertThatThrownBy(() -> service.applyPlan(next, plan, List.of("王财务"), version(next)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.plan-retired"));
    }

    @Test
    void a_follow_up_for_another_department_becomes_a_work_item_redirected_to_it_once_per_request() {
        var conflict = costAccounting();
        service.resolve(conflict, "按财务口径重新核算", List.of("王财务"), version(conflict));
        var request = RequestKey.fresh();
        var draft = new NewActionItem(HR, "招聘成本会计", LocalDate.of(2026, 7, 1), "RECRUITING");

        var workItem = service.addFollowUp(request, conflict, draft, version(conflict));
        var again = service.addFollowUp(request, conflict, draft, version(conflict) - 1);

        assertThat(again).isEqualTo(workItem);
        assertThat(f.conflicts.byId(conflict).orElseThrow().followUps()).singleElement()
                .satisfies(item -> assertThat(item.workItem()).contains(workItem));
        var item = f.charter.workItems.byId(workItem).orElseThrow();
        assertThat(item.status()).isEqualTo(WorkItemStatus.HANDED_OVER);
        assertThat(item.decision()).isInstanceOfSatisfying(BoundaryDecision.Redirect.class,
                redirect -> assertThat(redirect.owner()).isEqualTo(f.charter.hr.id()));
    }

    @Test
    void a_resolution_on_a_version_the_user_did_not_see_is_refused() {
        var conflict = costAccounting();
        service.resolve(conflict, "按财务口径重新核算", List.of("王财务"), version(conflict));

        assertThatThrownBy(() -> service.resolve(conflict, "再议", List.of("x"), 0))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.resolve(conflict, "再议", List.of("x"), version(conflict)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.conflict-resolved"));
    }

    @Test
    void leads_and_specialists_read_the_register_but_only_management_keeps_it() {
        var conflict = costAccounting();

        for (var reader : List.of(f.charter.financeLead, f.charter.specialist, f.charter.auditor)) {
            f.charter.actAs(reader);
            assertThat(service.conflicts(PageRequest.first(10))).hasSize(1);
            assertThat(service.conflict(conflict).steps()).isEmpty();
            assertThatThrownBy(() -> service.resolve(conflict, "x", List.of("y"), 0))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service.adoptPlan(RequestKey.fresh(), "a", "b", "c"))
                    .isInstanceOf(AccessDenied.class);
        }
        f.charter.actAs(f.charter.director);
        assertThat(service.conflict(conflict).step(ConflictStep.RESOLVE))
                .hasValueSatisfying(step -> assertThat(step.isOpen()).isTrue());
    }
}
