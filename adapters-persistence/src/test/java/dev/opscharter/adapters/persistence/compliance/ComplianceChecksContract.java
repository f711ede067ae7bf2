package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.CheckFilter;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.PageRequest.Order;
import dev.opscharter.domain.compliance.CaseResult;
import dev.opscharter.domain.compliance.CaseSpan;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.compliance.RunInfo;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.compliance.TypeTally;
import dev.opscharter.domain.compliance.UnknownProcess;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ComplianceChecks} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class ComplianceChecksContract {

    static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");

    protected abstract ComplianceChecks checks();

    /** A scope of its own, so tests sharing a database never meet. */
    static ProcessCode freshProcess() {
        return new ProcessCode("P_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
    }

    static Period.Quarter someQuarter() {
        return new Period.Quarter(Period.MIN_YEAR + ThreadLocalRandom.current().nextInt(Period.MAX_YEAR - Period.MIN_YEAR + 1),
                1 + ThreadLocalRandom.current().nextInt(4));
    }

    static RunInfo run(String by) {
        return new RunInfo(UUID.randomUUID(), AT, AT, AT, by, 0);
    }

    static CaseResult deviating(String process, String caseId, int deviations, int hours) {
        var list = new ArrayList<Deviation>();
        list.add(new Deviation(DeviationType.STEP_LATE, "S2", null, null, Duration.ofHours(hours + 48),
                Duration.ofHours(48), AT.plusSeconds(3600)));
        for (int i = 1; i < deviations; i++) {
            list.add(new Deviation(DeviationType.WRONG_ROLE, "S1", null, "CLERK\t" + i, null, null, AT));
        }
        // every fourth case has no event of a defined step, so no span; the others start later than the case
        var span = hours % 4 == 3 ? Optional.<CaseSpan>empty()
                : Optional.of(new CaseSpan(AT.plusSeconds(hours), AT.plus(Duration.ofHours(hours))));
        return new CaseResult(new CaseSummary(process, caseId, 2, AT, AT.plus(Duration.ofHours(hours)), span, 3,
                list.size(), deviations > 1 ? List.of(DeviationType.WRONG_ROLE, DeviationType.STEP_LATE)
                : List.of(DeviationType.STEP_LATE)), list);
    }

    static ProcessResult result(String process, long compliant, long evaluated) {
        return new ProcessResult(process, Optional.empty(), new Rate(compliant, evaluated), evaluated * 3, 1,
                List.of(new TypeTally(DeviationType.WRONG_ROLE, 4, 2), new TypeTally(DeviationType.STEP_LATE, 2, 2)),
                List.of(new StepTally("", DeviationType.CASE_LATE, 1), new StepTally("S1", DeviationType.WRONG_ROLE, 4),
                        new StepTally("S2", DeviationType.STEP_LATE, 2)));
    }

    @Test
    void a_check_is_opened_once_per_period_and_scope() {
        var process = freshProcess();
        var quarter = someQuarter();

        var one = checks().open(quarter, Optional.of(process));
        var again = checks().open(quarter, Optional.of(process));
        var year = checks().open(quarter.asYear(), Optional.of(process));

        assertThat(again.id()).isEqualTo(one.id());
        assertThat(year.id()).isNotEqualTo(one.id());
        assertThat(one.state()).isEqualTo(RunState.QUEUED);
        assertThat(one.closed()).isFalse();
        assertThat(one.overall()).isEmpty();
        assertThat(one.lastRunAt()).isEmpty();
        assertThat(one.process()).contains(process);
        assertThat(checks().byId(one.id())).contains(one);
        assertThat(checks().byId(CheckId.random())).isEmpty();
        var mine = checks().all().stream().filter(c -> c.process().equals(Optional.of(process))).toList();
        assertThat(mine).extracting(c -> c.period().key()).containsExactly(quarter.key(), quarter.asYear().key());
    }

    @Test
    void a_page_of_checks_of_a_scope_is_sorted_and_cut_by_the_store() {
        var process = freshProcess();
        var scope = new CheckFilter(Optional.of(process));
        var q1 = new Period.Quarter(2019, 1);
        var q4 = new Period.Quarter(2019, 4);
        var year = q1.asYear();
        var older = new Period.Quarter(2018, 3);
        for (var period : List.of(q1, older, year, q4)) {
            checks().open(period, Optional.of(process));
        }
        var failed = checks().open(q4, Optional.of(process)).id();
        checks().changeState(failed, RunState.FAILED, Optional.of("boom"));

        assertThat(checks().count(scope)).isEqualTo(4);
        assertThat(checks().count(CheckFilter.ALL)).isGreaterThanOrEqualTo(4);
        assertThat(keys(checks().page(scope, new PageRequest(0, 10))))
                .as("newest period first, a year after its quarters")
                .containsExactly(q4.key(), q1.key(), year.key(), older.key());
        assertThat(keys(checks().page(scope, new PageRequest(1, 2)))).containsExactly(q1.key(), year.key());
        assertThat(keys(checks().page(scope, new PageRequest(0, 10, List.of(new Order("period", false))))))
                .containsExactly(older.key(), year.key(), q1.key(), q4.key());
        assertThat(checks().page(scope, new PageRequest(0, 1, List.of(new Order("state", false)))))
                .extracting(CheckEntry::id).containsExactly(failed);
        assertThat(keys(checks().page(scope, new PageRequest(0, 1, List.of(new Order("no-such-key", true))))))
                .containsExactly(q4.key());
        assertThat(checks().page(scope, new PageRequest(4, 10))).isEmpty();
    }

    private static List<String> keys(List<CheckEntry> checks) {
        return checks.stream().map(c -> c.period().key()).toList();
    }

    @Test
    void a_run_is_invisible_until_published_and_then_replaces_the_previous_one() {
        var process = freshProcess().value();
        var check = checks().open(someQuarter(), Optional.of(new ProcessCode(process)));

        var first = checks().beginRun(check.id(), run("王运营"));
        first.add(List.of(deviating(process, "A", 1, 1)));
        assertThat(checks().report(check.id())).isEmpty();
        assertThat(checks().deviatingCase(check.id(), process, "A")).isEmpty();
        first.publish(List.of(result(process, 1, 2)), List.of(), List.of(deviating(process, "A", 1, 1).summary()), 6,
                AT.plusSeconds(5));
        // closed: a writer outside a transaction holds a connection of its own until then
        first.close();

        assertThat(checks().report(check.id())).hasValueSatisfying(r -> {
            assertThat(r.overall()).isEqualTo(new Rate(1, 2));
            assertThat(r.run().events()).isEqualTo(6);
            assertThat(r.run().finishedAt()).isEqualTo(AT.plusSeconds(5));
            assertThat(r.run().startedBy()).isEqualTo("王运营");
        });
        var entry = checks().byId(check.id()).orElseThrow();
        assertThat(entry.state()).isEqualTo(RunState.DONE);
        assertThat(entry.overall()).contains(new Rate(1, 2));
        assertThat(entry.lastRunAt()).contains(AT);

        var second = checks().beginRun(check.id(), run("system"));
        second.add(List.of(deviating(process, "B", 2, 1)));
        assertThat(checks().deviatingCase(check.id(), process, "A")).isPresent();
        assertThat(checks().deviatingCase(check.id(), process, "B")).isEmpty();
        second.publish(List.of(result(process, 0, 1)), List.of(), List.of(), 3, AT.plusSeconds(9));
        second.close();

        assertThat(checks().deviatingCase(check.id(), process, "A")).isEmpty();
        assertThat(checks().deviatingCase(check.id(), process, "B")).isPresent();
        assertThat(checks().report(check.id()).orElseThrow().overall()).isEqualTo(new Rate(0, 1));
        assertThat(checks().byId(check.id()).orElseThrow().lastRunBy()).contains("system");
    }

    @Test
    void the_deviations_of_a_case_are_read_a_page_at_a_time_also_where_they_fill_megabytes() {
        var process = freshProcess().value();
        var check = checks().open(someQuarter(), Optional.of(new ProcessCode(process)));
        var before = deviating(process, "before", 3, 1);
        var huge = deviating(process, "huge", 60_000, 2);
        var after = deviating(process, "after", 2, 3);
        // closed: a writer outside a transaction holds a connection of its own until then
        try (var writer = checks().beginRun(check.id(), run("王运营"))) {
            writer.add(List.of(before, huge, after));
            writer.publish(List.of(result(process, 0, 3)), List.of(), List.of(), 9, AT);
        }

        assertThat(checks().storedCase(check.id(), process, "huge"))
                .contains(new ComplianceChecks.StoredCase(huge.summary().version(), 60_000));
        assertThat(checks().deviations(check.id(), process, "huge", Optional.empty(), 0, 3))
                .containsExactlyElementsOf(huge.deviations().subList(0, 3));
        assertThat(checks().deviations(check.id(), process, "huge", Optional.empty(), 59_990, 500))
                .containsExactlyElementsOf(huge.deviations().subList(59_990, 60_000));
        // only those at a time within the span: the late step, an hour after the wrong roles
        var lateOnly = new ComplianceChecks.TimeSpan(AT.plusSeconds(3600), AT.plusSeconds(7200));
        assertThat(checks().deviations(check.id(), process, "huge", Optional.of(lateOnly), 0, 10))
                .singleElement().satisfies(d -> assertThat(d.type()).isEqualTo(DeviationType.STEP_LATE));
        // the cases around it are found past it
        assertThat(checks().deviatingCase(check.id(), process, "after")).contains(after);
        assertThat(checks().deviatingCases(check.id(), process, 1, 5)).extracting(CaseSummary::caseId)
                .containsExactly("huge", "after");
        assertThat(checks().deviations(check.id(), process, "nobody", Optional.empty(), 0, 10)).isEmpty();
    }

    @Test
    void the_results_round_trip_aggregates_worst_cases_and_deviations() {
        var process = freshProcess().value();
        var check = checks().open(someQuarter(), Optional.of(new ProcessCode(process)));
        var writer = checks().beginRun(check.id(), run("王运营"));
        var cases = new ArrayList<CaseResult>();
        for (int i = 0; i < 250; i++) {
            cases.add(deviating(process, "case\t" + i + "\\x", 1 + i % 3, i));
        }
        writer.add(cases.subList(0, 100));
        writer.add(cases.subList(100, 250));
        var worst = List.of(cases.get(248).summary(), cases.get(247).summary(), cases.get(245).summary());
        var unknown = List.of(new UnknownProcess("unknown process ç", 3, 9));
        writer.publish(List.of(result(process, 5, 255)), unknown, worst, 900, AT);
        writer.close();

        var report = checks().report(check.id()).orElseThrow();
        assertThat(report.processes()).containsExactly(result(process, 5, 255));
        assertThat(report.byType()).containsExactly(new TypeTally(DeviationType.WRONG_ROLE, 4, 2),
                new TypeTally(DeviationType.STEP_LATE, 2, 2));
        assertThat(report.unknownProcesses()).isEqualTo(unknown);
        assertThat(report.worstCases()).isEqualTo(worst);
        assertThat(checks().deviatingCase(check.id(), process, "case\t7\\x")).contains(cases.get(7));
        assertThat(checks().deviatingCase(check.id(), process, "case\t8\\x")).contains(cases.get(8));
        // in the order the check met them (by first event), across the batches
        assertThat(checks().deviatingCases(check.id(), process, 0, 5)).extracting(CaseSummary::caseId)
                .containsExactly("case\t0\\x", "case\t1\\x", "case\t2\\x", "case\t3\\x", "case\t4\\x");
        assertThat(checks().deviatingCases(check.id(), process, 98, 4)).extracting(CaseSummary::caseId)
                .containsExactly("case\t98\\x", "case\t99\\x", "case\t100\\x", "case\t101\\x");
        assertThat(checks().deviatingCases(check.id(), process, 0, 1000)).extracting(CaseSummary::caseId)
                .containsExactlyElementsOf(cases.stream().map(c -> c.summary().caseId()).toList());
        assertThat(checks().deviatingCases(check.id(), process, 248, 10)).hasSize(2);
        assertThat(checks().deviatingCases(check.id(), process, 250, 10)).isEmpty();
    }

    @Test
    void the_state_and_closing_are_kept_with_the_check() {
        var check = checks().open(someQuarter(), Optional.of(freshProcess()));

        checks().changeState(check.id(), RunState.FAILED, Optional.of("boom"));
        assertThat(checks().byId(check.id()).orElseThrow().failure()).contains("boom");
        assertThat(checks().byId(check.id()).orElseThrow().state()).isEqualTo(RunState.FAILED);
        checks().changeState(check.id(), RunState.RUNNING, Optional.empty());
        checks().close(check.id(), "李明", AT);

        var closed = checks().byId(check.id()).orElseThrow();
        assertThat(closed.state()).isEqualTo(RunState.RUNNING);
        assertThat(closed.failure()).isEmpty();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedBy()).contains("李明");
        assertThat(closed.closedAt()).contains(AT);
    }

    @Test
    void a_check_is_queued_once_until_its_run_ends_and_never_once_it_is_closed() {
        var process = Optional.of(freshProcess());
        var quarter = someQuarter();

        var queued = checks().queue(quarter, process);
        assertThat(queued).as("created QUEUED").isPresent();
        var id = queued.get();
        assertThat(checks().open(quarter, process).id()).isEqualTo(id);
        assertThat(checks().byId(id).orElseThrow().state()).isEqualTo(RunState.QUEUED);
        assertThat(checks().queue(quarter, process)).as("queued already").isEmpty();

        checks().markRunning(id, "host-a:42", AT);
        assertThat(checks().queue(quarter, process)).as("running").isEmpty();
        assertThat(checks().byId(id).orElseThrow().state()).isEqualTo(RunState.RUNNING);

        checks().changeState(id, RunState.FAILED, Optional.of("boom"));
        assertThat(checks().queue(quarter, process)).contains(id);
        var again = checks().byId(id).orElseThrow();
        assertThat(again.state()).isEqualTo(RunState.QUEUED);
        assertThat(again.failure()).isEmpty();

        checks().changeState(id, RunState.DONE, Optional.empty());
        checks().close(id, "李明", AT);
        assertThat(checks().queue(quarter, process)).as("closed").isEmpty();
        assertThat(checks().byId(id).orElseThrow().state()).isEqualTo(RunState.DONE);
        assertThat(checks().queue(quarter.asYear(), process)).as("another period is another check")
                .isPresent().isNotEqualTo(Optional.of(id));
    }

    @Test
    void a_running_check_is_listed_with_its_instance_and_latest_heartbeat_until_its_run_ends() {
        var check = checks().open(someQuarter(), Optional.of(freshProcess()));
        checks().markRunning(check.id(), "host-a:42", AT);
        checks().heartbeat(check.id(), AT.plusSeconds(10));

        assertThat(checks().running()).filteredOn(r -> r.id().equals(check.id())).singleElement()
                .satisfies(r -> {
                    assertThat(r.heartbeatAt()).contains(AT.plusSeconds(10));
                    assertThat(r.instance()).contains("host-a:42");
                });
        assertThat(checks().byId(check.id()).orElseThrow().state()).isEqualTo(RunState.RUNNING);

        checks().changeState(check.id(), RunState.FAILED, Optional.of("interrupted"));
        checks().heartbeat(check.id(), AT.plusSeconds(20));
        assertThat(checks().running()).noneMatch(r -> r.id().equals(check.id()));
        assertThat(checks().byId(check.id()).orElseThrow().state()).as("a late beat revives nothing")
                .isEqualTo(RunState.FAILED);
    }
}
