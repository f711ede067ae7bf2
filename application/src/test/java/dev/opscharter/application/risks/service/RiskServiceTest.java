package dev.opscharter.application.risks.service;

import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.ManageRisks.NewRisk;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.risks.RiskLevel;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskRerating;
import dev.opscharter.domain.risks.RiskStatus;
import dev.opscharter.domain.risks.RiskStep;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RiskServiceTest {

    private final RisksFixture f = new RisksFixture();
    private final RiskService service = f.riskService;

    @Test
    void a_risk_is_added_once_per_request_owned_by_a_user_who_can_sign_in_and_audited() {
        var request = RequestKey.fresh();
        var draft = new NewRisk("R-001", "核心系统宕机", "SYSTEM", "specialist", new RiskRating(2, 5), "", "");

        var id = service.identify(request, draft);

        assertThat(service.identify(request, draft)).as("a double click adds one risk").isEqualTo(id);
        assertThat(service.count(RiskFilter.ALL)).isEqualTo(1);
        assertThat(f.charter.org.auditLog.entries()).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE);
        assertThatThrownBy(() -> service.identify(RequestKey.fresh(), new NewRisk("R-002", "t", "c", "nobody.here",
                new RiskRating(1, 1), "", ""))).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("owner"));
        assertThatThrownBy(() -> service.identify(RequestKey.fresh(), new NewRisk("R-001", "t", "c", "specialist",
                new RiskRating(1, 1), "", ""))).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void each_rerating_enters_the_history_with_who_when_and_why_and_a_stale_version_is_refused() {
        var id = f.risk("R-001", 2, 3);
        var seen = f.version(id);
        service.rerate(id, new RiskRating(3, 4), "延迟率连续上升", seen);
        f.charter.org.clock.advance(Duration.ofDays(1));
        service.rerate(id, new RiskRating(4, 4), "第二家供应商也延迟", f.version(id));

        var history = service.risk(id).record().history();
        assertThat(history).extracting(RiskRerating::before, RiskRerating::after, RiskRerating::reason)
                .containsExactly(
                        tuple(new RiskRating(2, 3), new RiskRating(3, 4), "延迟率连续上升"),
                        tuple(new RiskRating(3, 4), new RiskRating(4, 4), "第二家供应商也延迟"));
        assertThat(history).extracting(RiskRerating::by).containsOnly("manager");
        assertThat(history.get(1).at()).isAfter(history.get(0).at());
        assertThat(service.risk(id).record().level()).isEqualTo(RiskLevel.MAJOR);
        assertThatThrownBy(() -> service.rerate(id, new RiskRating(1, 1), "旧页面", seen))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void only_the_director_signs_off_closing_a_major_risk() {
        var id = f.risk("R-001", 4, 4);

        service.close(id, "已更换供应商", f.version(id));
        var waiting = service.risk(id).record();
        assertThat(waiting.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(waiting.awaiting()).isPresent();
        assertThatThrownBy(() -> service.signOff(id, true, "ok", f.version(id))).isInstanceOf(AccessDenied.class);

        f.charter.actAs(f.charter.director);
        assertThat(service.risk(id).step(RiskStep.SIGN_OFF)).hasValueSatisfying(s -> assertThat(s.isOpen()).isTrue());
        service.signOff(id, true, "同意关闭", f.version(id));

        var closed = service.risk(id).record();
        assertThat(closed.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(closed.resolution()).hasValueSatisfying(r -> assertThat(r.by()).isEqualTo("director"));
    }

    @Test
    void a_manager_closes_a_risk_below_major_at_once_and_nothing_waits_for_sign_off() {
        var id = f.risk("R-001", 3, 3);

        service.accept(id, "容忍", f.version(id));

        assertThat(service.risk(id).record().status()).isEqualTo(RiskStatus.ACCEPTED);
        f.charter.actAs(f.charter.director);
        assertThatThrownBy(() -> service.signOff(id, true, "x", f.version(id))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void auditors_and_specialists_read_the_register_and_change_nothing() {
        var id = f.risk("R-001", 4, 4);
        for (var reader : List.of(f.charter.auditor, f.charter.specialist)) {
            f.charter.actAs(reader);
            assertThat(service.risk(id).steps()).as(reader.name()).isEmpty();
            assertThat(service.count(RiskFilter.ALL)).isEqualTo(1);
            assertThat(service.heatMap(RiskFilter.ALL).total()).isEqualTo(1);
            assertThatThrownBy(() -> service.rerate(id, new RiskRating(1, 1), "x", f.version(id)))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service.close(id, "x", f.version(id))).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service.identify(RequestKey.fresh(), new NewRisk("R-9", "t", "c", "specialist",
                    new RiskRating(1, 1), "", ""))).isInstanceOf(AccessDenied.class);
        }
        f.charter.actAs(f.charter.itLead);
        assertThatThrownBy(() -> service.count(RiskFilter.ALL)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_heat_map_counts_the_risks_the_filter_lets_through_on_each_cell() {
        f.risk("R-001", 4, 4);
        f.risk("R-002", 4, 4);
        f.risk("R-003", 1, 2);
        var closed = f.risk("R-004", 4, 4);
        service.close(closed, "已消除", f.version(closed));
        f.charter.actAs(f.charter.director);
        service.signOff(closed, true, "同意", f.version(closed));

        var open = service.heatMap(RiskFilter.OPEN);
        assertThat(open.count(4, 4)).isEqualTo(2);
        assertThat(open.count(1, 2)).isEqualTo(1);
        assertThat(open.count(RiskLevel.MAJOR)).isEqualTo(2);
        assertThat(open.total()).isEqualTo(service.count(RiskFilter.OPEN));
        assertThat(service.heatMap(RiskFilter.ALL).count(4, 4)).isEqualTo(3);
    }

    @Test
    void paging_through_the_register_meets_every_risk_once_and_agrees_with_the_count() {
        for (int i = 1; i <= 23; i++) {
            f.risk("R-%03d".formatted(i), 1 + i % 5, 1 + (i / 5) % 5);
        }
        var major = new RiskFilter(Optional.empty(), Optional.of(RiskLevel.MAJOR), Optional.empty(),
                Optional.empty(), "");

        for (var filter : List.of(RiskFilter.ALL, major, new RiskFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "r-01"))) {
            var seen = new ArrayList<String>();
            var sort = List.of(new PageRequest.Order(Risks.BY_SCORE, true));
            for (long offset = 0; ; offset += 5) {
                var page = service.risks(filter, new PageRequest(offset, 5, sort));
                if (page.isEmpty()) {
                    break;
                }
                page.forEach(r -> seen.add(r.code()));
            }
            assertThat(seen).doesNotHaveDuplicates().hasSize((int) service.count(filter));
        }
        assertThat(service.count(major)).isPositive();
        assertThat(service.count(new RiskFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "r-01"))).isEqualTo(10);
    }
}
