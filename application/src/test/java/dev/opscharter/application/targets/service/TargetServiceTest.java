package dev.opscharter.application.targets.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.TargetFilter;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.fakes.InMemoryBusinessUnits;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;
import dev.opscharter.domain.targets.TargetRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.application.targets.service.TargetsFixture.Q2;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetServiceTest {

    private final TargetsFixture fx = new TargetsFixture();
    private final TargetService service = fx.targetService();

    static Stream<Actor> managers() {
        return Actors.eachOf(Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    static Stream<Actor> notManagers() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    static Stream<Actor> notReaders() {
        return Actors.allBut(Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR,
                Role.DEPARTMENT_LEAD);
    }

    private static UnitDraft unitDraft(String code, Optional<DepartmentId> department) {
        return new UnitDraft(code, new BilingualName(code + "区", code), department, true);
    }

    private static MetricDraft metricDraft(String code, Aggregation aggregation) {
        return new MetricDraft(code, new BilingualName(code + "指标", code), MetricUnit.PERCENT,
                MetricDirection.HIGHER_IS_BETTER, aggregation, true, false);
    }

    // ---- permissions

    @ParameterizedTest
    @MethodSource("managers")
    void managers_and_directors_keep_units_metrics_and_targets(Actor manager) {
        fx.org.actAs(manager);

        var unit = service.createUnit(RequestKey.fresh(), unitDraft("EAST", Optional.empty()));
        var metric = service.createMetric(RequestKey.fresh(), metricDraft("REVENUE", Aggregation.SUM));
        var target = service.setTarget(unit, metric, Q2, new BigDecimal("9100"), "", 0);

        assertThat(target.revisions()).singleElement().extracting(TargetRevision::by).isEqualTo(manager.name());
        assertThat(fx.org.auditLog.entries()).extracting(e -> e.entityType())
                .containsExactly("BusinessUnit", "Metric", "Target");
    }

    @ParameterizedTest
    @MethodSource("notManagers")
    void nobody_else_keeps_them_and_nothing_is_written(Actor someone) {
        var unit = fx.unit("EAST");
        var metric = fx.sum("ORDERS");
        fx.org.actAs(someone);

        assertThatThrownBy(() -> service.createUnit(RequestKey.fresh(), unitDraft("WEST", Optional.empty())))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.editUnit(unit.id(), unitDraft("WEST", Optional.empty()), 1))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.createMetric(RequestKey.fresh(), metricDraft("M", Aggregation.SUM)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.setTarget(unit.id(), metric.id(), Q2, BigDecimal.TEN, "", 0))
                .isInstanceOf(AccessDenied.class);
        assertThat(fx.units.count(true)).isEqualTo(1);
        assertThat(fx.targets.of(unit.id(), metric.id(), Q2)).isEmpty();
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("notReaders")
    void only_readers_of_the_targets_see_them(Actor someone) {
        fx.org.actAs(someone);

        assertThatThrownBy(() -> service.units(false, PageRequest.first(10))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(service::metrics).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.standings(Q2, TargetFilter.ALL, TargetsFixture.YESTERDAY,
                PageRequest.first(10))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.countStandings(Q2, TargetFilter.ALL)).isInstanceOf(AccessDenied.class);
    }

    // ---- units

    @Test
    void a_unit_is_created_once_per_request_however_often_it_is_sent() {
        fx.actAsManager();
        var request = RequestKey.fresh();

        var first = service.createUnit(request, unitDraft("EAST", Optional.empty()));
        var again = service.createUnit(request, unitDraft("EAST", Optional.empty()));

        assertThat(again).isEqualTo(first);
        assertThat(fx.units.count(true)).isEqualTo(1);
        assertEntry(fx.org.onlyAuditEntry(), CREATE, "manager", "BusinessUnit", first);
    }

    @Test
    void a_unit_is_a_department_that_exists_or_none() {
        fx.actAsManager();
        var sales = fx.org.department("SALES");

        var unit = service.createUnit(RequestKey.fresh(), unitDraft("SALES", Optional.of(sales.id())));

        assertThat(fx.units.byId(unit).orElseThrow().department()).contains(sales.id());
        assertThatThrownBy(() -> service.createUnit(RequestKey.fresh(),
                unitDraft("GHOST", Optional.of(DepartmentId.random()))))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.messageKey())
                        .isEqualTo("validation.targets.unknown-department"));
    }

    @Test
    void a_code_another_unit_holds_is_refused() {
        fx.unit("EAST");
        fx.actAsManager();

        assertThatThrownBy(() -> service.createUnit(RequestKey.fresh(), unitDraft("EAST", Optional.empty())))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.messageKey())
                        .isEqualTo(InMemoryBusinessUnits.CODE_TAKEN));
        assertThat(fx.units.count(true)).isEqualTo(1);
    }

    @Test
    void an_edit_of_a_version_someone_else_changed_is_refused() {
        var unit = fx.unit("EAST");
        fx.actAsManager();
        service.editUnit(unit.id(), new UnitDraft("EAST", new BilingualName("华东", "East China"), Optional.empty(),
                false), unit.version());

        assertThatThrownBy(() -> service.editUnit(unit.id(), unitDraft("EAST2", Optional.empty()), unit.version()))
                .isInstanceOf(ConcurrentModification.class);
        var stored = fx.units.byId(unit.id()).orElseThrow();
        assertThat(stored.name().english()).isEqualTo("East China");
        assertThat(stored.active()).isFalse();
        assertThat(stored.version()).isEqualTo(unit.version() + 1);
        assertEntry(fx.org.onlyAuditEntry(), UPDATE, "manager", "BusinessUnit", unit.id());
    }

    // ---- metrics

    @Test
    void a_metric_is_created_once_per_request() {
        fx.actAsManager();
        var request = RequestKey.fresh();

        var first = service.createMetric(request, metricDraft("REVENUE", Aggregation.SUM));

        assertThat(service.createMetric(request, metricDraft("REVENUE", Aggregation.SUM))).isEqualTo(first);
        assertThat(fx.metrics.all()).hasSize(1);
        assertEntry(fx.org.onlyAuditEntry(), CREATE, "manager", "Metric", first);
    }

    @Test
    void a_ratio_divides_two_metrics_that_exist_and_are_no_ratios() {
        var repeat = fx.sum("REPEAT_ORDERS");
        var orders = fx.sum("ORDERS");
        var repurchase = fx.ratio("REPURCHASE", repeat, orders);
        fx.actAsManager();

        assertThatThrownBy(() -> service.createMetric(RequestKey.fresh(), metricDraft("GHOST_RATE",
                new Aggregation.Ratio(repeat.id(), MetricId.random()))))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.messageKey())
                        .isEqualTo("validation.targets.ratio-unknown-metric"));
        assertThatThrownBy(() -> service.createMetric(RequestKey.fresh(), metricDraft("RATE_OF_RATE",
                new Aggregation.Ratio(repurchase.id(), orders.id()))))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.targets.ratio-of-ratio");
                    assertThat(e.arguments()).containsExactly("REPURCHASE");
                });
        // ORDERS is what REPURCHASE divides by: it stays a metric of days
        assertThatThrownBy(() -> service.editMetric(orders.id(), metricDraft("ORDERS",
                new Aggregation.Ratio(repeat.id(), repurchase.id())), orders.version()))
                .isInstanceOf(InvalidValue.class);
        var share = service.createMetric(RequestKey.fresh(), metricDraft("SHARE",
                new Aggregation.Ratio(repeat.id(), orders.id())));
        assertThat(fx.metrics.byId(share).orElseThrow().aggregation())
                .isEqualTo(new Aggregation.Ratio(repeat.id(), orders.id()));
        assertThat(fx.metrics.all()).hasSize(4);
        // the auditor reads the ratio by the codes of its metrics
        assertThat(fx.org.onlyAuditEntry().changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("aggregation");
            assertThat(c.after()).isEqualTo("RATIO REPEAT_ORDERS / ORDERS");
        });
    }

    @Test
    void a_metric_edited_concurrently_is_refused() {
        var metric = fx.sum("ORDERS");
        fx.actAsManager();
        service.editMetric(metric.id(), metricDraft("ORDERS", Aggregation.SUM), metric.version());

        assertThatThrownBy(() -> service.editMetric(metric.id(), metricDraft("ORDERS", Aggregation.LAST),
                metric.version())).isInstanceOf(ConcurrentModification.class);
        assertThat(fx.metrics.byId(metric.id()).orElseThrow().aggregation()).isEqualTo(Aggregation.SUM);
    }

    // ---- targets

    @Test
    void a_target_keeps_every_value_with_who_set_it_and_why() {
        var unit = fx.unit("EAST");
        var metric = fx.sum("ORDERS");
        fx.org.actAs("director", Role.OPS_DIRECTOR);
        service.setTarget(unit.id(), metric.id(), new Period.Year(2026), new BigDecimal("36000"), "", 0);
        var first = service.setTarget(unit.id(), metric.id(), Q2, new BigDecimal("9000"), "", 0);
        fx.actAsManager();

        var revised = service.setTarget(unit.id(), metric.id(), Q2, new BigDecimal("9500"), "new store opened",
                first.version());

        assertThat(revised.value()).isEqualByComparingTo("9500");
        assertThat(service.target(unit.id(), metric.id(), Q2).orElseThrow().revisions())
                .extracting(TargetRevision::value, TargetRevision::by, TargetRevision::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("9000"), "director", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("9500"), "manager",
                                Optional.of("new store opened")));
        var entry = fx.org.auditLog.entries().getLast();
        assertEntry(entry, UPDATE, "manager", "Target", TargetRecords.targetId(unit.id(), metric.id(), Q2));
        assertThat(fx.targets.of(unit.id(), metric.id(), new Period.Year(2026)).orElseThrow().value())
                .isEqualByComparingTo("36000");
    }

    @Test
    void a_double_click_on_the_first_value_answers_the_target_set() {
        var unit = fx.unit("EAST");
        var metric = fx.sum("ORDERS");
        fx.actAsManager();

        var first = service.setTarget(unit.id(), metric.id(), Q2, new BigDecimal("9000"), "", 0);
        var again = service.setTarget(unit.id(), metric.id(), Q2, new BigDecimal("9000"), "", 0);

        assertThat(again).isEqualTo(first);
        assertThat(fx.targets.of(unit.id(), metric.id(), Q2).orElseThrow().revisions()).hasSize(1);
        assertEntry(fx.org.onlyAuditEntry(), CREATE, "manager", "Target", TargetRecords.targetId(unit.id(), metric.id(), Q2));
    }

    @Test
    void a_first_value_set_by_someone_else_meanwhile_or_a_stale_revision_is_refused() {
        var unit = fx.unit("EAST");
        var metric = fx.sum("ORDERS");
        fx.target(unit, metric, Q2, "9000");
        fx.actAsManager();

        assertThatThrownBy(() -> service.setTarget(unit.id(), metric.id(), Q2, new BigDecimal("9000"), "", 0))
                .isInstanceOf(ConcurrentModification.class);
        service.setTarget(unit.id(), metric.id(), Q2, new BigDecimal("9200"), "price rise", 1);
        assertThatThrownBy(() -> service.setTarget(unit.id(), metric.id(), Q2, new BigDecimal("9400"), "more", 1))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(fx.targets.of(unit.id(), metric.id(), Q2).orElseThrow().value()).isEqualByComparingTo("9200");
    }

    @Test
    void a_revision_needs_its_reason_and_a_value_the_store_keeps() {
        var unit = fx.unit("EAST");
        var metric = fx.sum("ORDERS");
        fx.target(unit, metric, Q2, "9000");
        fx.actAsManager();

        assertThatThrownBy(() -> service.setTarget(unit.id(), metric.id(), Q2, new BigDecimal("9100"), " ", 1))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> service.setTarget(unit.id(), metric.id(), Q2, new BigDecimal("9100.0000001"),
                "finer", 1))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.messageKey())
                        .isEqualTo("validation.targets.value-bounds"));
        assertThat(fx.targets.of(unit.id(), metric.id(), Q2).orElseThrow().revisions()).hasSize(1);
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }
}
