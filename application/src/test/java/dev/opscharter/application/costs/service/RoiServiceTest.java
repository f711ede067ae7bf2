package dev.opscharter.application.costs.service;

import dev.opscharter.application.costs.CostsFixture;
import dev.opscharter.application.costs.port.in.ManageCosts.CostDraft;
import dev.opscharter.application.costs.port.in.RoiDecisions;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.RoiDecision;
import dev.opscharter.domain.costs.RoiFlagStep;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoiServiceTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final CostsFixture f = new CostsFixture();
    private final Channel tmall = f.channel("TMALL");
    private final Channel fair = f.channel("FAIR");

    @TempDir
    Path dir;

    @Test
    void a_month_below_break_even_raises_one_work_item_of_operations_strategy() {
        cost(tmall, "600");
        cost(tmall, CostType.MATERIALS, "400");
        f.service.recordRevenue(RequestKey.fresh(), tmall.id(), MARCH, new BigDecimal("999.99"));

        var flagged = f.roi.flagged(2026);
        assertThat(flagged).hasSize(1);
        var item = f.charter.workItems.byId(flagged.getFirst().record().workItem()).orElseThrow();
        assertThat(item.dutyType().code()).isEqualTo(RoiDecisions.DUTY_TYPE);
        assertThat(item.status()).isEqualTo(WorkItemStatus.OPEN);
        assertThat(item.title()).contains("TMALL", "2026-03");
    }

    @Test
    void raising_again_and_re_importing_the_month_raise_nothing_more() throws IOException {
        cost(tmall, "1000");
        var revenue = Files.writeString(dir.resolve("r.csv"), "month,channel_code,revenue\n2026-03,TMALL,500\n");
        f.service.importRevenue(revenue, "r.csv");
        f.service.importRevenue(revenue, "r.csv");

        assertThat(f.roi.raiseFlags(MARCH, MARCH)).isZero();
        assertThat(f.roi.raiseFlags(YearMonth.of(2026, 1), YearMonth.of(2026, 12))).isZero();
        assertThat(f.roi.flagged(2026)).hasSize(1);
        assertThat(f.charter.workItems.all()).hasSize(1);
    }

    @Test
    void a_month_without_recorded_revenue_or_at_break_even_is_not_flagged() {
        cost(tmall, "1000");
        cost(fair, "1000");
        f.service.recordRevenue(RequestKey.fresh(), fair.id(), MARCH, new BigDecimal("1000"));

        assertThat(f.roi.flagged(2026)).isEmpty();
        assertThat(f.roi.roi(2026)).hasSize(2).allSatisfy(month -> assertThat(month.belowBreakEven()).isFalse());
    }

    @Test
    void a_correction_below_break_even_flags_the_month() {
        cost(tmall, "1000");
        var revenue = f.service.recordRevenue(RequestKey.fresh(), tmall.id(), MARCH, new BigDecimal("2000"));
        assertThat(f.roi.flagged(2026)).isEmpty();

        f.service.correctRevenue(revenue, new BigDecimal("10"), 1);

        assertThat(f.roi.flagged(2026)).hasSize(1);
    }

    @Test
    void the_manager_decides_and_the_work_item_is_done_with_the_decision() {
        cost(tmall, "1000");
        f.service.recordRevenue(RequestKey.fresh(), tmall.id(), MARCH, new BigDecimal("100"));
        var flag = f.roi.flagged(2026).getFirst();
        assertThat(flag.step(RoiFlagStep.DECIDE)).isPresent();

        f.roi.decide(flag.record().id(), RoiDecision.Kind.STOP, "costs ten times its return", flag.record().version());

        var decided = f.roi.flagged(2026).getFirst();
        assertThat(decided.record().decision()).hasValueSatisfying(decision -> {
            assertThat(decision.kind()).isEqualTo(RoiDecision.Kind.STOP);
            assertThat(decision.by()).isEqualTo("manager");
        });
        assertThat(decided.steps()).isEmpty();
        var item = f.charter.workItems.byId(decided.record().workItem()).orElseThrow();
        assertThat(item.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(item.outcome()).contains("STOP", "costs ten times its return");
        assertThatThrownBy(() -> f.roi.decide(decided.record().id(), RoiDecision.Kind.OPTIMIZE, "again",
                decided.record().version())).isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_specialist_sees_the_flag_without_the_step_and_may_not_decide() {
        cost(tmall, "1000");
        f.service.recordRevenue(RequestKey.fresh(), tmall.id(), MARCH, new BigDecimal("100"));
        f.charter.actAs(f.charter.specialist);

        var flag = f.roi.flagged(2026).getFirst();
        assertThat(flag.steps()).isEmpty();
        assertThatThrownBy(() -> f.roi.decide(flag.record().id(), RoiDecision.Kind.OPTIMIZE, "cheaper ads",
                flag.record().version())).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_roi_of_a_month_is_revenue_over_the_costs_of_every_type() {
        cost(tmall, "600");
        cost(tmall, CostType.LOGISTICS, "200");
        f.service.recordRevenue(RequestKey.fresh(), tmall.id(), MARCH, new BigDecimal("2000"));

        var month = f.roi.roi(2026).getFirst();
        assertThat(month.cost()).isEqualByComparingTo("800");
        assertThat(month.roi().orElseThrow().value()).contains(new BigDecimal("2.50"));
    }

    private void cost(Channel channel, String amount) {
        cost(channel, CostType.PROMOTION, amount);
    }

    private void cost(Channel channel, CostType type, String amount) {
        f.service.recordCost(RequestKey.fresh(), new CostDraft(MARCH, type, Optional.of(channel.id()),
                new BigDecimal(amount), ""));
    }
}
