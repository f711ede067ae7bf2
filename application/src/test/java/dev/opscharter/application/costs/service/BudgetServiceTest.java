package dev.opscharter.application.costs.service;

import dev.opscharter.application.costs.CostsFixture;
import dev.opscharter.application.costs.port.in.ManageBudgets;
import dev.opscharter.application.costs.port.in.ManageCosts.CostDraft;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.costs.BudgetChange;
import dev.opscharter.domain.costs.CostType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetServiceTest {

    private final CostsFixture f = new CostsFixture();

    @Test
    void a_budget_change_is_a_work_item_for_finance_and_applies_only_once_signed_off() {
        f.service.recordCost(RequestKey.fresh(), new CostDraft(YearMonth.of(2026, 2), CostType.PROMOTION,
                Optional.empty(), new BigDecimal("120000"), ""));
        var id = f.budgets.request(RequestKey.fresh(), 2026, CostType.PROMOTION, new BigDecimal("100000"), "plan");
        var change = f.budgetChanges.byId(id).orElseThrow();
        var item = f.charter.workItems.byId(change.workItem()).orElseThrow();
        assertThat(item.dutyType().code()).isEqualTo(ManageBudgets.DUTY_TYPE);
        assertThat(item.needsSignOff()).isTrue();

        var pending = line(CostType.PROMOTION);
        assertThat(pending.budget()).isEmpty();
        assertThat(pending.pending()).contains(change);

        f.workItems.requestSignOff(item.id(), item.version());
        f.charter.actAs(f.charter.financeLead);
        f.workItems.decideSignOff(item.id(), true, "agreed", f.charter.workItems.byId(item.id()).orElseThrow().version());
        assertThat(f.charter.workItems.byId(item.id()).orElseThrow().status()).isEqualTo(WorkItemStatus.DONE);

        var approved = line(CostType.PROMOTION);
        assertThat(approved.budget().orElseThrow().amount()).isEqualByComparingTo("100000");
        assertThat(approved.pending()).isEmpty();
        assertThat(approved.use().orElseThrow().over()).isTrue();
        assertThat(f.budgets.changes(2026)).extracting(ManageBudgets.Requested::state)
                .containsExactly(BudgetChange.State.APPROVED);
    }

    @Test
    void a_repeated_request_registers_one_change_and_one_work_item() {
        var request = RequestKey.fresh();
        var first = f.budgets.request(request, 2026, CostType.LABOUR, new BigDecimal("50000"), "plan");
        var again = f.budgets.request(request, 2026, CostType.LABOUR, new BigDecimal("50000"), "plan");

        assertThat(again).isEqualTo(first);
        assertThat(f.budgets.changes(2026)).hasSize(1);
        assertThat(f.charter.workItems.all()).hasSize(1);
    }

    @Test
    void only_managers_and_directors_request_a_budget_change() {
        f.charter.actAs(f.charter.specialist);
        assertThatThrownBy(() -> f.budgets.request(RequestKey.fresh(), 2026, CostType.LABOUR, BigDecimal.TEN, "x"))
                .isInstanceOf(AccessDenied.class);
        assertThat(f.budgets.use(2026)).hasSize(CostType.values().length);
    }

    private ManageBudgets.BudgetLine line(CostType type) {
        return f.budgets.use(2026).stream().filter(l -> l.type() == type).findFirst().orElseThrow();
    }
}
