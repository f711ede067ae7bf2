package dev.opscharter.adapters.persistence.incidents;

import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepLimits;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the stores of the incidents context do, the in-memory fakes as much as PostgreSQL. The database is shared
 * by the tests: each test's incidents carry a tag of its own in their titles and are reported in a day of its own,
 * far ahead, and the lists are read through a filter on that tag.
 */
abstract class IncidentsContract {

    protected abstract Incidents incidents();

    protected abstract IncidentTypes types();

    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    /** Whole seconds, so an instant reads back as it was written. */
    private final Instant day = Instant.parse("2200-01-01T00:00:00Z")
            .plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(300_000)));

    private Incident reported(String type, String title, Duration after) {
        return Incident.report(types().byCode(type).orElseThrow(), title + " " + tag, MANAGER, day.plus(after));
    }

    private Incident stored(String type, String title, Duration after) {
        return incidents().save(reported(type, title, after));
    }

    /** Every step done, each an hour after the one before, and the director's ruling. */
    static Incident handled(Incident incident, Instant from) {
        return incident
                .done(new StepRecord.Cause("磁盘已满"), SPECIALIST, from.plus(Duration.ofHours(1)))
                .done(new StepRecord.Measure("切换备用集群"), SPECIALIST, from.plus(Duration.ofHours(2)))
                .done(new StepRecord.Notified(List.of("客服部", "Sales", "大客户 A")), MANAGER,
                        from.plus(Duration.ofHours(3)))
                .done(new StepRecord.PostMortem("扩容并加告警", List.of(new CorrectiveActionId(UUID.randomUUID()),
                        new CorrectiveActionId(UUID.randomUUID()))), MANAGER, from.plus(Duration.ofHours(40)))
                .escalated(IncidentStep.POST_MORTEM)
                .escalated(IncidentStep.EMERGENCY_MEASURE)
                .rule(true, DIRECTOR, from.plus(Duration.ofHours(50)));
    }

    @Test
    void the_types_start_with_the_defaults_by_code() {
        var defaults = IncidentType.defaults().stream()
                .sorted(java.util.Comparator.comparing(IncidentType::code)).toList();
        // other tests add types of their own, never change a default's
        assertThat(types().all()).containsSubsequence(defaults).isSortedAccordingTo(
                java.util.Comparator.comparing(IncidentType::code));
        assertThat(types().byCode(IncidentType.MAJOR_COMPLAINT)).contains(defaults.getFirst());
        assertThat(types().byCode("NO_SUCH_TYPE")).isEmpty();
    }

    @Test
    void a_type_is_added_and_changed_only_from_the_version_its_editor_saw() {
        var code = "T_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        var added = new IncidentType(code, new BilingualName("断供", "Supply break"), limits(LimitBasis.CALENDAR, 3));
        var changed = new IncidentType(code, new BilingualName("断供（主）", "Main supply break"),
                limits(LimitBasis.WORKING, 2));

        types().save(Optional.empty(), added);
        assertThat(types().byCode(code)).contains(added);
        types().save(Optional.of(added), changed);
        assertThat(types().byCode(code)).contains(changed);
        assertThat(types().all()).contains(changed);

        assertThatThrownBy(() -> types().save(Optional.of(added), added)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> types().save(Optional.empty(), added)).isInstanceOfSatisfying(InvalidValue.class,
                refused -> assertThat(refused.field()).isEqualTo("code"));
        assertThat(types().byCode(code)).contains(changed);
    }

    private static StepLimits limits(LimitBasis basis, int hours) {
        var limits = new java.util.EnumMap<IncidentStep, Duration>(IncidentStep.class);
        for (var step : IncidentStep.values()) {
            limits.put(step, Duration.ofHours(hours + step.ordinal()));
        }
        return new StepLimits(basis, limits);
    }

    @Test
    void an_incident_keeps_its_whole_timeline_and_changes_at_its_version_only() {
        var saved = stored(IncidentType.SYSTEM_FAILURE, "订单系统宕机", Duration.ZERO);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(incidents().byId(saved.id())).contains(saved);

        var cause = incidents().save(saved.done(new StepRecord.Cause("磁盘已满"), SPECIALIST,
                day.plus(Duration.ofMinutes(30))).escalated(IncidentStep.LOCATE_CAUSE));
        assertThat(cause.version()).isEqualTo(2);
        assertThat(incidents().byId(saved.id())).contains(cause);

        var all = incidents().save(handled(saved, day).withVersion(2));
        assertThat(all.version()).isEqualTo(3);
        var read = incidents().byId(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(all);
        assertThat(read.stakeholders()).containsExactly("客服部", "Sales", "大客户 A");
        assertThat(read.followUps()).hasSize(2);
        assertThat(read.ruling()).hasValueSatisfying(r -> assertThat(r.by()).isEqualTo("director"));
        assertThat(read.escalated()).containsExactlyInAnyOrder(IncidentStep.POST_MORTEM, IncidentStep.EMERGENCY_MEASURE);
    }

    @Test
    void a_stale_version_or_a_second_insert_is_refused() {
        var saved = stored(IncidentType.ORDER_SURGE, "订单激增", Duration.ZERO);
        incidents().save(saved.rule(false, DIRECTOR, day.plus(Duration.ofHours(1))));

        assertThatThrownBy(() -> incidents().save(saved.escalated(IncidentStep.LOCATE_CAUSE)))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> incidents().save(saved.withVersion(0)))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> incidents().save(reported(IncidentType.ORDER_SURGE, "x", Duration.ZERO)
                .withVersion(7))).isInstanceOf(ConcurrentModification.class);
        assertThat(incidents().byId(saved.id())).hasValueSatisfying(i -> {
            assertThat(i.version()).isEqualTo(2);
            assertThat(i.majorAccident()).isFalse();
            assertThat(i.escalated()).isEmpty();
        });
    }

    @Test
    void the_list_is_filtered_counted_and_paged_newest_first() {
        var older = stored(IncidentType.SYSTEM_FAILURE, "Payment Gateway down", Duration.ofHours(1));
        var newer = stored(IncidentType.ORDER_SURGE, "Order surge", Duration.ofHours(3));
        var finished = incidents().save(handled(reported(IncidentType.SYSTEM_FAILURE, "Stock sync failed",
                Duration.ofHours(2)), day.plus(Duration.ofHours(2))));
        var mine = filter(Optional.empty(), Optional.empty(), tag.toUpperCase());

        assertThat(incidents().count(mine)).isEqualTo(3);
        assertThat(incidents().page(mine, PageRequest.first(10))).containsExactly(newer, finished, older);
        assertThat(incidents().page(mine, new PageRequest(1, 1))).containsExactly(finished);
        assertThat(incidents().page(mine, new PageRequest(0, 10, List.of(
                new PageRequest.Order(Incidents.BY_TITLE, false))))).containsExactly(newer, older, finished);
        assertThat(incidents().page(mine, new PageRequest(0, 10, List.of(
                new PageRequest.Order(Incidents.BY_REPORTED, false))))).containsExactly(older, finished, newer);
        assertThat(incidents().page(mine, new PageRequest(0, 10, List.of(
                new PageRequest.Order("no such key", true))))).containsExactly(newer, finished, older);

        var failures = filter(Optional.of(IncidentType.SYSTEM_FAILURE), Optional.empty(), tag);
        assertThat(incidents().page(failures, PageRequest.first(10))).containsExactly(finished, older);
        assertThat(incidents().count(failures)).isEqualTo(2);
        var open = filter(Optional.empty(), Optional.of(IncidentFilter.Status.OPEN), tag);
        assertThat(incidents().page(open, PageRequest.first(10))).containsExactly(newer, older);
        var done = filter(Optional.empty(), Optional.of(IncidentFilter.Status.FINISHED), tag);
        assertThat(incidents().page(done, PageRequest.first(10))).containsExactly(finished);
        assertThat(incidents().count(filter(Optional.empty(), Optional.empty(), "gateway DOWN " + tag)))
                .isEqualTo(1);
        assertThat(incidents().count(filter(Optional.of(IncidentType.MAJOR_COMPLAINT), Optional.empty(), tag)))
                .isZero();
    }

    @Test
    void reported_between_takes_the_start_and_leaves_the_end() {
        var atStart = stored(IncidentType.SYSTEM_FAILURE, "at the start", Duration.ZERO);
        var inside = incidents().save(handled(reported(IncidentType.ORDER_SURGE, "inside", Duration.ofHours(5)),
                day.plus(Duration.ofHours(5))));
        stored(IncidentType.SYSTEM_FAILURE, "at the end", Duration.ofDays(1));
        stored(IncidentType.SYSTEM_FAILURE, "before", Duration.ofSeconds(-1));

        assertThat(incidents().reportedBetween(day, day.plus(Duration.ofDays(1))))
                .containsExactlyInAnyOrder(atStart, inside);
        assertThat(incidents().reportedBetween(day, day)).isEmpty();
    }

    @Test
    void open_incidents_are_those_with_a_step_left() {
        var justReported = stored(IncidentType.SYSTEM_FAILURE, "just reported", Duration.ZERO);
        var halfway = incidents().save(reported(IncidentType.ORDER_SURGE, "halfway", Duration.ZERO)
                .done(new StepRecord.Cause("促销"), SPECIALIST, day.plus(Duration.ofHours(1)))
                .done(new StepRecord.Measure("扩容"), SPECIALIST, day.plus(Duration.ofHours(2)))
                .done(new StepRecord.Notified(List.of("仓储部")), SPECIALIST, day.plus(Duration.ofHours(3))));
        var finished = incidents().save(handled(reported(IncidentType.SYSTEM_FAILURE, "finished", Duration.ZERO), day));

        assertThat(incidents().open()).contains(justReported, halfway).doesNotContain(finished)
                .allSatisfy(i -> assertThat(i.finished()).isFalse());
    }

    private static IncidentFilter filter(Optional<String> type, Optional<IncidentFilter.Status> status, String text) {
        return new IncidentFilter(type, status, text);
    }
}
