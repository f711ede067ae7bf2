package dev.opscharter.application.costs.service;

import dev.opscharter.application.costs.CostFilter;
import dev.opscharter.application.costs.CostsFixture;
import dev.opscharter.application.costs.port.in.ManageCosts.CostDraft;
import dev.opscharter.application.costs.port.in.ManageCosts.ImportSummary;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.shared.BilingualName;
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

class CostServiceTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final CostsFixture f = new CostsFixture();
    private final Channel tmall = f.channel("TMALL");
    private final Channel fair = f.channel("FAIR");

    @TempDir
    Path dir;

    @Test
    void a_specialist_records_costs_but_only_managers_and_directors_add_channels() {
        f.charter.actAs(f.charter.specialist);
        f.service.recordCost(RequestKey.fresh(), draft(CostType.PROMOTION, "1000"));
        assertThatThrownBy(() -> f.service.createChannel(RequestKey.fresh(), "SEARCH", name()))
                .isInstanceOf(AccessDenied.class);

        f.charter.actAs(f.charter.director);
        assertThat(f.service.createChannel(RequestKey.fresh(), "SEARCH", name())).isNotNull();
    }

    @Test
    void auditors_and_leads_read_but_record_nothing() {
        f.service.recordCost(RequestKey.fresh(), draft(CostType.PROMOTION, "1000"));
        for (var reader : new dev.opscharter.domain.shared.Actor[]{f.charter.auditor, f.charter.financeLead}) {
            f.charter.actAs(reader);
            assertThat(f.service.countCosts(CostFilter.ALL)).isEqualTo(1);
            assertThatThrownBy(() -> f.service.recordCost(RequestKey.fresh(), draft(CostType.LABOUR, "1")))
                    .isInstanceOf(AccessDenied.class);
        }
    }

    @Test
    void the_same_request_twice_records_one_cost() {
        var request = RequestKey.fresh();
        var first = f.service.recordCost(request, draft(CostType.PROMOTION, "1000"));
        var again = f.service.recordCost(request, draft(CostType.PROMOTION, "1000"));

        assertThat(again).isEqualTo(first);
        assertThat(f.service.countCosts(CostFilter.ALL)).isEqualTo(1);
        assertThat(f.charter.org.auditLog.entries()).filteredOn(e -> e.entityType().equals("MonthlyCost")).hasSize(1);
    }

    @Test
    void a_second_cost_of_the_same_month_type_and_channel_is_refused_as_a_correction_would_be_meant() {
        f.service.recordCost(RequestKey.fresh(), draft(CostType.PROMOTION, "1000"));
        assertThatThrownBy(() -> f.service.recordCost(RequestKey.fresh(), draft(CostType.PROMOTION, "5")))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_correction_of_a_version_someone_else_changed_is_refused() {
        var id = f.service.recordCost(RequestKey.fresh(), draft(CostType.PROMOTION, "1000"));
        f.service.correctCost(id, new BigDecimal("1200"), "invoice", 1);

        assertThatThrownBy(() -> f.service.correctCost(id, new BigDecimal("1300"), "", 1))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(f.costs.byId(id).orElseThrow().amount()).isEqualByComparingTo("1200");
    }

    @Test
    void a_cost_of_a_stopped_channel_is_refused() {
        f.channels.save(f.channels.byId(fair.id()).orElseThrow().deactivate());
        assertThatThrownBy(() -> f.service.recordCost(RequestKey.fresh(), new CostDraft(MARCH, CostType.PROMOTION,
                Optional.of(fair.id()), BigDecimal.ONE, ""))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void an_import_adds_then_changes_nothing_the_second_time_and_corrects_another_amount() throws IOException {
        var file = csv("month,cost_type,channel_code,amount",
                "2026-03,promotion,TMALL,1000", "2026-03,LABOUR,,5000.50", "2026-03,MATERIALS,FAIR,300");

        assertThat(f.service.importCosts(file, "costs.csv")).isEqualTo(new ImportSummary("costs.csv", 3, 3, 0, 0));
        assertThat(f.service.importCosts(file, "costs.csv")).isEqualTo(new ImportSummary("costs.csv", 3, 0, 0, 3));

        var corrected = csv("amount,channel_code,month,cost_type", "1100,TMALL,2026-03,PROMOTION");
        assertThat(f.service.importCosts(corrected, "c.csv")).isEqualTo(new ImportSummary("c.csv", 1, 0, 1, 0));
        assertThat(f.service.costs(CostFilter.ALL, PageRequest.first(10)))
                .extracting(c -> c.amount().toPlainString()).containsExactlyInAnyOrder("1100.00", "5000.50", "300.00");
    }

    @Test
    void an_import_with_one_bad_row_stores_nothing_and_names_the_row() throws IOException {
        var file = csv("month,cost_type,channel_code,amount",
                "2026-03,PROMOTION,TMALL,1000", "2026-04,PROMOTION,NOWHERE,1000");

        assertThatThrownBy(() -> f.service.importCosts(file, "costs.csv"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.line()).isEqualTo(3);
                    assertThat(refused.messageKey()).isEqualTo("costs.import.refused.unknown-channel");
                    assertThat(refused.arguments()).containsExactly("NOWHERE");
                });
        assertThat(f.service.countCosts(CostFilter.ALL)).isZero();
    }

    @Test
    void an_import_refuses_bad_months_types_amounts_missing_columns_and_a_key_given_two_amounts() throws IOException {
        assertRefused(csv("month,cost_type,amount", "2026-03,PROMOTION,1"), 1, "missing-column");
        assertRefused(csv("month,cost_type,channel_code,amount", "March,PROMOTION,,1"), 2, "bad-month");
        assertRefused(csv("month,cost_type,channel_code,amount", "2026-03,RENT,,1"), 2, "bad-type");
        assertRefused(csv("month,cost_type,channel_code,amount", "2026-03,OTHER,,-1"), 2, "bad-amount");
        assertRefused(csv("month,cost_type,channel_code,amount", "2026-03,OTHER,,1.001"), 2, "bad-amount");
        assertRefused(csv("month,cost_type,channel_code,amount", "2026-03,OTHER,,1", "2026-03,OTHER,,2"), 3, "twice");
    }

    @Test
    void revenue_is_imported_by_channel_and_month_idempotently() throws IOException {
        var file = csv("month,channel_code,revenue", "2026-03,TMALL,5000", "2026-03,FAIR,100");
        assertThat(f.service.importRevenue(file, "r.csv")).isEqualTo(new ImportSummary("r.csv", 2, 2, 0, 0));
        assertThat(f.service.importRevenue(file, "r.csv")).isEqualTo(new ImportSummary("r.csv", 2, 0, 0, 2));
        assertThat(f.revenues.of(tmall.id(), MARCH).orElseThrow().revenue()).isEqualByComparingTo("5000");
    }

    private void assertRefused(Path file, long line, String reason) {
        assertThatThrownBy(() -> f.service.importCosts(file, "x.csv"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.line()).isEqualTo(line);
                    assertThat(refused.messageKey()).isEqualTo("costs.import.refused." + reason);
                });
        assertThat(f.service.countCosts(CostFilter.ALL)).isZero();
    }

    private CostDraft draft(CostType type, String amount) {
        return new CostDraft(MARCH, type, Optional.of(tmall.id()), new BigDecimal(amount), "");
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "costs", ".csv"), String.join("\n", lines) + "\n");
    }

    private static BilingualName name() {
        return new BilingualName("搜索广告", "Search ads");
    }
}
