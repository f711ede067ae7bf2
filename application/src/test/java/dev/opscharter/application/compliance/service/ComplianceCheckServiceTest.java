package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.StoredProcess;
import dev.opscharter.application.compliance.fakes.InMemoryCheckLocks;
import dev.opscharter.application.compliance.fakes.InMemoryComplianceChecks;
import dev.opscharter.application.compliance.fakes.InMemoryProcessManual;
import dev.opscharter.application.compliance.fakes.RecordingCheckScheduler;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.domain.compliance.CaseEvent;
import dev.opscharter.domain.compliance.CaseSpan;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.compliance.TypeTally;
import dev.opscharter.domain.compliance.UnknownProcess;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The check at the level of periods, on fakes. The organization works in Shanghai (UTC+8); the
 * complaint process has 1 → 2 → 3 with 48 hours for step 2 up to 15 April 2026 and 24 hours from then
 * on, both versions with a five-day end-to-end limit.
 */
class ComplianceCheckServiceTest {

    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    static final String COMPLAINT = "COMPLAINT_HANDLING";

    final OrganizationFixture org = new OrganizationFixture();
    final InMemoryProcessManual manual = new InMemoryProcessManual();
    final EventList records = new EventList();
    final InMemoryComplianceChecks checks = new InMemoryComplianceChecks();
    final InMemoryCheckLocks locks = new InMemoryCheckLocks();
    final RecordingCheckScheduler scheduler = new RecordingCheckScheduler();
    final RunHeartbeat heartbeat = new RunHeartbeat("this-instance", Duration.ofMinutes(1), Duration.ofMinutes(2),
            org.clock);
    final InspectionReportFixture reports = new InspectionReportFixture(checks, manual, org);
    final ComplianceCheckService service = new ComplianceCheckService(manual, records, checks, locks, scheduler,
            org.useCase, reports.service, heartbeat);

    final Actor manager = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    final Actor specialist = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    final Actor auditor = Actor.user("auditor", Set.of(Role.AUDITOR));
    final Actor director = Actor.user("director", Set.of(Role.OPS_DIRECTOR));

    ComplianceCheckServiceTest() {
        org.clock.set(Instant.parse("2026-07-10T02:00:00Z"));
        var first = Process.define(new ProcessCode(COMPLAINT), new BilingualName("投诉处理", "Complaint handling"),
                version(LocalDate.of(2026, 1, 1), 48));
        var stored = manual.save(first);
        manual.save(stored.withVersion(version(LocalDate.of(2026, 4, 15), 24), stored.version()));
        org.actAs(specialist);
    }

    static ProcessVersion version(LocalDate from, int step2Hours) {
        return new ProcessVersion(1, from, List.of(
                step("S1", "CLERK", Optional.empty()),
                step("S2", "AGENT", Optional.of(Duration.ofHours(step2Hours))),
                step("S3", "AGENT", Optional.empty())),
                Optional.of(Duration.ofDays(5)), Set.of(new StepCode("S3")), LimitBasis.CALENDAR);
    }

    static ProcessStep step(String code, String role, Optional<Duration> limit) {
        return new ProcessStep(new StepCode(code), new BilingualName(code, code), true, Set.of(role), limit);
    }

    /** A case of three steps in order by the right roles, the second {@code hours} after the first. */
    void compliantCase(String process, String caseId, String start, int hours) {
        var at = Instant.parse(start);
        records.add(caseId, process, "S1", "CLERK", at);
        records.add(caseId, process, "S2", "AGENT", at.plus(Duration.ofHours(hours)));
        records.add(caseId, process, "S3", "AGENT", at.plus(Duration.ofHours(hours + 1)));
    }

    ProcessResult complaintResult(CheckId id) {
        return service.report(id).orElseThrow().processes().stream()
                .filter(p -> p.processCode().equals(COMPLAINT)).findFirst().orElseThrow();
    }

    @Test
    void a_case_belongs_to_the_quarter_of_its_first_event_in_the_organizations_time_zone() {
        // 31 March 17:00 UTC is 1 April 01:00 in Shanghai: the second quarter
        compliantCase(COMPLAINT, "C-1", "2026-03-31T17:00:00Z", 1);
        // 31 March 15:00 UTC is 23:00 in Shanghai: still the first quarter
        compliantCase(COMPLAINT, "C-2", "2026-03-31T15:00:00Z", 1);

        var q2 = service.run(Q2, Optional.empty());
        var q1 = service.run(new Period.Quarter(2026, 1), Optional.empty());

        assertThat(complaintResult(q2).rate()).isEqualTo(new Rate(1, 1));
        assertThat(complaintResult(q1).rate()).isEqualTo(new Rate(1, 1));
        assertThat(service.caseDetail(q2, COMPLAINT, "C-1")).isPresent();
        assertThat(service.caseDetail(q2, COMPLAINT, "C-2")).isEmpty();
    }

    @Test
    void a_large_case_is_read_a_page_at_a_time_each_event_with_the_time_since_the_one_before_and_its_deviations() {
        var start = Instant.parse("2026-05-04T02:00:00Z");
        records.add("BIG", COMPLAINT, "S1", "CLERK", start);
        for (int i = 1; i < 1_200; i++) {
            records.add("BIG", COMPLAINT, "S2", i % 2 == 0 ? "AGENT" : "INTRUDER", start.plusSeconds(60L * i));
        }
        records.add("BIG", COMPLAINT, "S3", "AGENT", start.plusSeconds(60L * 1_200));
        var id = service.run(Q2, Optional.empty());

        var detail = service.caseDetail(id, COMPLAINT, "BIG").orElseThrow();
        assertThat(detail.events()).isEqualTo(1_201);
        assertThat(detail.deviations()).isEqualTo(600);
        var page = service.caseTimeline(id, COMPLAINT, "BIG", new PageRequest(600, 50));
        assertThat(page).hasSize(50);
        assertThat(page.getFirst().event().occurredAt()).isEqualTo(start.plusSeconds(60L * 600));
        assertThat(page.getFirst().sincePrevious()).contains(Duration.ofMinutes(1));
        assertThat(page).allSatisfy(entry -> assertThat(entry.deviations()).hasSize(
                entry.event().actorRole().equals("INTRUDER") ? 1 : 0));
        assertThat(page.get(1).deviations()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DeviationType.WRONG_ROLE);
            assertThat(d.at()).isEqualTo(page.get(1).event().occurredAt());
        });
        assertThat(service.caseTimeline(id, COMPLAINT, "BIG", PageRequest.first(1)).getFirst().sincePrevious())
                .isEmpty();
        // a page is never larger than the server allows, whatever is asked for
        assertThat(service.caseDeviations(id, COMPLAINT, "BIG", new PageRequest(0, 1_000_000)))
                .hasSize(PageRequest.MAX_LIMIT);
        assertThat(service.caseDeviations(id, COMPLAINT, "BIG", new PageRequest(550, 100))).hasSize(50);
    }

    @Test
    void a_deviating_cases_span_runs_over_its_defined_steps_while_its_first_event_places_it() {
        var at = Instant.parse("2026-05-04T02:00:00Z");
        records.add("FAXED", COMPLAINT, "FAX", "CLERK", at);
        records.add("FAXED", COMPLAINT, "S1", "CLERK", at.plus(Duration.ofHours(1)));
        records.add("FAXED", COMPLAINT, "S2", "AGENT", at.plus(Duration.ofHours(2)));
        records.add("FAXED", COMPLAINT, "S3", "AGENT", at.plus(Duration.ofHours(4)));
        records.add("FAXED", COMPLAINT, "MAIL", "CLERK", at.plus(Duration.ofDays(9)));
        records.add("ONLY-FAX", COMPLAINT, "FAX", "CLERK", at);
        records.add("ONLY-FAX", COMPLAINT, "FAX", "CLERK", at.plus(Duration.ofDays(9)));

        var id = service.run(Q2, Optional.empty());

        var faxed = checks.deviatingCase(id, COMPLAINT, "FAXED").orElseThrow().summary();
        assertThat(faxed.firstEvent()).isEqualTo(at);
        assertThat(faxed.lastEvent()).isEqualTo(at.plus(Duration.ofDays(9)));
        assertThat(faxed.span()).contains(new CaseSpan(at.plus(Duration.ofHours(1)), at.plus(Duration.ofHours(4))));
        // nine days from FAX to MAIL, but the five-day limit runs over the defined steps only: not late
        assertThat(faxed.types()).containsExactly(DeviationType.UNKNOWN_STEP);
        assertThat(checks.deviatingCase(id, COMPLAINT, "ONLY-FAX").orElseThrow().summary().span()).isEmpty();
    }

    @Test
    void a_case_is_judged_against_the_version_in_force_when_it_started() {
        // 30 hours from step 1 to step 2: within v1's 48 hours, beyond v2's 24
        compliantCase(COMPLAINT, "OLD", "2026-04-14T10:00:00Z", 30);  // 14 April 18:00 Shanghai: v1
        compliantCase(COMPLAINT, "NEW", "2026-04-15T10:00:00Z", 30);  // 15 April 18:00 Shanghai: v2

        var id = service.run(Q2, Optional.empty());

        var result = complaintResult(id);
        assertThat(result.rate()).isEqualTo(new Rate(1, 2));
        assertThat(result.byType()).containsExactly(new TypeTally(DeviationType.STEP_LATE, 1, 1));
        assertThat(result.byStep()).containsExactly(new StepTally("S2", DeviationType.STEP_LATE, 1));
        var late = service.caseDetail(id, COMPLAINT, "NEW").orElseThrow();
        assertThat(late.version()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(2));
        assertThat(late.deviations()).isEqualTo(1);
        assertThat(service.caseDeviations(id, COMPLAINT, "NEW", PageRequest.first(10))).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DeviationType.STEP_LATE);
            assertThat(d.taken()).isEqualTo(Duration.ofHours(30));
            assertThat(d.limit()).isEqualTo(Duration.ofHours(24));
        });
        var fine = service.caseDetail(id, COMPLAINT, "OLD").orElseThrow();
        assertThat(fine.deviations()).isZero();
        assertThat(fine.events()).isEqualTo(3);
        assertThat(service.caseTimeline(id, COMPLAINT, "OLD", PageRequest.first(10))).hasSize(3);
        assertThat(fine.version()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1));
    }

    @Test
    void a_case_that_started_before_any_version_was_in_force_is_reported_not_judged() {
        var early = Process.define(new ProcessCode("ORDER_FULFILMENT"), new BilingualName("订单履约", "Order fulfilment"),
                version(LocalDate.of(2026, 5, 1), 48));
        manual.save(early);
        compliantCase("ORDER_FULFILMENT", "O-1", "2026-04-20T02:00:00Z", 1);
        compliantCase("ORDER_FULFILMENT", "O-2", "2026-05-20T02:00:00Z", 1);

        var id = service.run(Q2, Optional.empty());

        var result = service.report(id).orElseThrow().processes().stream()
                .filter(p -> p.processCode().equals("ORDER_FULFILMENT")).findFirst().orElseThrow();
        assertThat(result.rate()).isEqualTo(new Rate(1, 1));
        assertThat(result.withoutVersion()).isEqualTo(1);
        assertThat(result.events()).isEqualTo(6);
        assertThat(result.name()).contains(new BilingualName("订单履约", "Order fulfilment"));
    }

    @Test
    void cases_of_processes_not_in_the_manual_are_reported_with_their_cases_and_events() {
        compliantCase("SHADOW_PROCESS", "X-1", "2026-05-01T02:00:00Z", 1);
        records.add("X-2", "SHADOW_PROCESS", "ANY", "ANYONE", Instant.parse("2026-05-02T02:00:00Z"));
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);

        var report = service.report(service.run(Q2, Optional.empty())).orElseThrow();

        assertThat(report.unknownProcesses()).containsExactly(new UnknownProcess("SHADOW_PROCESS", 2, 4));
        assertThat(report.overall()).isEqualTo(new Rate(1, 1));
        assertThat(report.run().events()).isEqualTo(7);
    }

    @Test
    void a_process_without_cases_has_no_rate_rather_than_a_perfect_one() {
        var report = service.report(service.run(Q2, Optional.empty())).orElseThrow();

        var result = report.processes().getFirst();
        assertThat(result.rate().defined()).isFalse();
        assertThat(result.rate().fraction()).isEmpty();
        assertThat(report.overall().defined()).isFalse();
        assertThat(service.checks().getFirst().overall()).contains(Rate.NONE);
    }

    @Test
    void the_report_tallies_deviations_by_type_and_by_step_and_keeps_the_worst_cases() {
        compliantCase(COMPLAINT, "OK-1", "2026-05-01T02:00:00Z", 1);
        var at = Instant.parse("2026-05-02T02:00:00Z");
        // skipped S2, and S3 by the wrong role: two deviations
        records.add("BAD-2", COMPLAINT, "S1", "CLERK", at);
        records.add("BAD-2", COMPLAINT, "S3", "CLERK", at.plusSeconds(60));
        // S2 before S1 (out of order), an unknown step, and unfinished beyond five days: three
        records.add("BAD-3", COMPLAINT, "S2", "AGENT", at);
        records.add("BAD-3", COMPLAINT, "S1", "CLERK", at.plusSeconds(3600));
        records.add("BAD-3", COMPLAINT, "S9", "CLERK", at.plusSeconds(7200));
        for (int i = 0; i < 30; i++) {
            // the wrong role at S1, one deviation; longer ones later
            records.add("ONE-%02d".formatted(i), COMPLAINT, "S1", "AGENT", at);
            records.add("ONE-%02d".formatted(i), COMPLAINT, "S2", "AGENT", at.plusSeconds(60 + i));
            records.add("ONE-%02d".formatted(i), COMPLAINT, "S3", "AGENT", at.plusSeconds(120 + i));
        }

        var id = service.run(Q2, Optional.empty());

        var report = service.report(id).orElseThrow();
        var result = complaintResult(id);
        assertThat(result.rate()).isEqualTo(new Rate(1, 33));
        assertThat(result.byType()).containsExactly(
                new TypeTally(DeviationType.STEP_SKIPPED, 1, 1),
                new TypeTally(DeviationType.OUT_OF_ORDER, 1, 1),
                new TypeTally(DeviationType.WRONG_ROLE, 31, 31),
                new TypeTally(DeviationType.CASE_LATE, 1, 1),
                new TypeTally(DeviationType.UNKNOWN_STEP, 1, 1));
        assertThat(result.byStep()).contains(new StepTally("S1", DeviationType.WRONG_ROLE, 30),
                new StepTally("S3", DeviationType.WRONG_ROLE, 1), new StepTally("S2", DeviationType.STEP_SKIPPED, 1),
                new StepTally("S9", DeviationType.UNKNOWN_STEP, 1), new StepTally("", DeviationType.CASE_LATE, 1));
        assertThat(report.byType()).isEqualTo(result.byType());
        var worst = report.worstCases();
        assertThat(worst).hasSize(ComplianceCheckService.WORST_CASES);
        assertThat(worst.subList(0, 4)).extracting(c -> c.caseId()).containsExactly("BAD-3", "BAD-2", "ONE-29", "ONE-28");
        assertThat(worst.getFirst().types()).containsExactly(DeviationType.OUT_OF_ORDER, DeviationType.CASE_LATE,
                DeviationType.UNKNOWN_STEP);
        assertThat(service.deviatingCases(id, COMPLAINT, 0, 100)).hasSize(32);
        assertThat(checks.allDeviatingCases(id)).hasSize(32);
    }

    @Test
    void deviating_cases_go_to_the_store_in_batches_as_the_check_streams() {
        var at = Instant.parse("2026-05-02T02:00:00Z");
        int count = ComplianceCheckService.BATCH * 2 + 7;
        for (int i = 0; i < count; i++) {
            records.add("W-" + i, COMPLAINT, "S1", "NOBODY", at);
        }

        var id = service.run(Q2, Optional.empty());

        assertThat(checks.batches()).isEqualTo(3);
        assertThat(checks.allDeviatingCases(id)).hasSize(count);
        assertThat(complaintResult(id).rate()).isEqualTo(new Rate(0, count));
    }

    @Test
    void running_again_replaces_the_results_and_a_failed_run_leaves_the_previous_ones() {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);
        var id = service.run(Q2, Optional.empty());
        assertThat(service.report(id).orElseThrow().overall()).isEqualTo(new Rate(1, 1));

        records.add("C-2", COMPLAINT, "S1", "NOBODY", Instant.parse("2026-05-03T02:00:00Z"));
        assertThat(service.run(Q2, Optional.empty())).isEqualTo(id);
        assertThat(service.report(id).orElseThrow().overall()).isEqualTo(new Rate(1, 2));

        records.add("C-3", COMPLAINT, "S1", "NOBODY", Instant.parse("2026-05-04T02:00:00Z"));
        records.failAfterCases(2);
        assertThatThrownBy(() -> service.rerun(id)).isInstanceOf(IllegalStateException.class);

        var check = service.check(id).orElseThrow();
        assertThat(check.state()).isEqualTo(RunState.FAILED);
        assertThat(check.failure()).hasValueSatisfying(f -> assertThat(f).contains("the database went away"));
        assertThat(service.report(id).orElseThrow().overall()).isEqualTo(new Rate(1, 2));
        assertThat(service.caseDetail(id, COMPLAINT, "C-3")).isEmpty();
        assertThat(locks.isHeld(id)).isFalse();
        assertThat(service.checks()).hasSize(1);
    }

    @Test
    void a_closed_check_is_immutable_and_only_the_manager_closes_it() {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);
        var id = service.run(Q2, Optional.empty());

        assertThatThrownBy(() -> service.close(id)).isInstanceOf(AccessDenied.class);
        org.actAs(manager);
        service.close(id);

        var check = service.check(id).orElseThrow();
        assertThat(check.closed()).isTrue();
        assertThat(check.closedBy()).contains("manager");
        var closing = org.auditLog.entries().getLast();
        assertEntry(closing, AuditAction.UPDATE, "manager", "ComplianceCheck", id);
        assertThat(closing.changes()).extracting(c -> c.field() + ":" + c.after()).containsExactly("closed:true");

        records.add("C-2", COMPLAINT, "S1", "NOBODY", Instant.parse("2026-05-03T02:00:00Z"));
        assertThatThrownBy(() -> service.run(Q2, Optional.empty())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("compliance.check.closed");
        assertThatThrownBy(() -> service.rerun(id)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> service.start(Q2, Optional.empty())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> service.close(id)).isInstanceOf(RuleViolation.class);
        assertThat(service.report(id).orElseThrow().overall()).isEqualTo(new Rate(1, 1));
        assertThat(checks.runsStarted()).isEqualTo(1);
    }

    @Test
    void a_check_that_never_completed_cannot_be_closed() {
        org.actAs(manager);
        var id = service.start(Q2, Optional.empty());

        assertThatThrownBy(() -> service.close(id)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("compliance.check.nothing-to-close");
    }

    @Test
    void a_run_is_audited_with_its_result() {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);

        var id = service.run(Q2, Optional.empty());
        service.run(Q2, Optional.empty());

        var entries = org.auditLog.entries();
        assertEntry(entries.get(entries.size() - 2), AuditAction.CREATE, "specialist", "ComplianceCheck", id);
        assertThat(entries.getLast().entityLabel()).isEqualTo("2026-Q2 *");
        assertThat(entries.get(entries.size() - 2).changes()).extracting(c -> c.field() + "=" + c.after())
                .contains("rate=1/1", "cases=1", "events=3");
        assertEntry(entries.getLast(), AuditAction.UPDATE, "specialist", "ComplianceCheck", id);
    }

    @Test
    void two_runs_of_the_same_check_never_overlap() {
        var id = service.run(Q2, Optional.empty());
        service.lockPatience(Duration.ofMillis(300));
        try (var elsewhere = locks.holdElsewhere(id)) {
            assertThatThrownBy(() -> service.rerun(id)).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("compliance.check.already-running");
        }
        service.rerun(id);
        assertThat(checks.runsStarted()).isEqualTo(2);
    }

    @Test
    void a_check_of_one_process_judges_that_process_only() {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);
        compliantCase("SHADOW_PROCESS", "X-1", "2026-05-01T02:00:00Z", 1);

        var one = service.run(Q2, Optional.of(new ProcessCode(COMPLAINT)));
        var all = service.run(Q2, Optional.empty());

        assertThat(one).isNotEqualTo(all);
        var report = service.report(one).orElseThrow();
        assertThat(report.processes()).extracting(ProcessResult::processCode).containsExactly(COMPLAINT);
        assertThat(report.unknownProcesses()).isEmpty();
        assertThat(service.report(all).orElseThrow().unknownProcesses()).hasSize(1);
        assertThat(service.checks()).extracting(c -> c.process().map(ProcessCode::value).orElse("*"))
                .containsExactly("*", COMPLAINT);
    }

    @Test
    void a_period_that_has_not_begun_is_refused_and_nothing_is_queued() {
        // today is 10 July 2026: the third quarter runs, the fourth has not begun
        var refused = catchThrowableOfType(InvalidValue.class,
                () -> service.start(new Period.Quarter(2026, 4), Optional.empty()));

        assertThat(refused.field()).isEqualTo("period");
        assertThat(refused.messageKey()).isEqualTo("compliance.check.period-not-begun");
        assertThat(scheduler.queued()).isEmpty();
        assertThat(service.checks()).isEmpty();
    }

    @Test
    void running_by_hand_queues_the_check_for_the_background_job() {
        var id = service.start(Q2, Optional.empty());

        assertThat(scheduler.queued()).containsExactly(id);
        assertThat(service.check(id).orElseThrow().state()).isEqualTo(RunState.QUEUED);
        assertThat(service.report(id)).isEmpty();

        org.actAs(Actor.SYSTEM);
        service.rerun(id);
        assertThat(service.check(id).orElseThrow().state()).isEqualTo(RunState.DONE);
    }

    // ------------------------------------------------------------- interrupted runs and attribution

    /** What a crash leaves: the check marked RUNNING by an instance that is gone (its lock went with it). */
    void crashWhileRunning(CheckId id) {
        checks.markRunning(id, "gone-instance", org.clock.instant());
    }

    @Test
    void a_run_the_server_stopped_is_marked_failed_at_the_next_start_and_the_results_before_it_stand() {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);
        var id = service.run(Q2, Optional.empty());
        crashWhileRunning(id);

        org.actAs(Actor.SYSTEM);
        assertThat(service.recoverInterrupted()).isEqualTo(1);

        var check = service.check(id).orElseThrow();
        assertThat(check.state()).isEqualTo(RunState.FAILED);
        assertThat(check.failure()).contains(RunHeartbeat.INTERRUPTED);
        assertThat(service.report(id).orElseThrow().overall()).isEqualTo(new Rate(1, 1));
        var entry = org.auditLog.entries().getLast();
        assertEntry(entry, AuditAction.UPDATE, "system", "ComplianceCheck", id);
        assertThat(entry.changes()).extracting(c -> c.field() + ":" + c.before() + "->" + c.after())
                .contains("state:RUNNING->FAILED");
        assertThat(service.recoverInterrupted()).as("once").isZero();

        org.actAs(specialist);
        records.add("C-2", COMPLAINT, "S1", "NOBODY", Instant.parse("2026-05-03T02:00:00Z"));
        service.rerun(id);
        assertThat(service.check(id).orElseThrow().state()).isEqualTo(RunState.DONE);
        assertThat(service.report(id).orElseThrow().overall()).isEqualTo(new Rate(1, 2));
    }

    @Test
    void a_run_under_way_on_another_instance_is_left_alone_until_its_heartbeat_stops() {
        var id = service.run(Q2, Optional.empty());
        crashWhileRunning(id);
        org.actAs(Actor.SYSTEM);
        try (var elsewhere = locks.holdElsewhere(id)) {
            assertThat(service.recoverInterrupted()).isZero();
            assertThat(service.check(id).orElseThrow().state()).isEqualTo(RunState.RUNNING);

            checks.heartbeat(id, org.clock.instant().plus(Duration.ofSeconds(50)));
            org.clock.advance(Duration.ofMinutes(2));
            assertThat(service.recoverInterrupted()).as("a heartbeat 70 s ago").isZero();

            org.clock.advance(Duration.ofMinutes(1));
            assertThat(service.recoverInterrupted()).as("silent for over two minutes").isEqualTo(1);
        }
        assertThat(service.check(id).orElseThrow().failure()).contains(RunHeartbeat.INTERRUPTED);
    }

    @Test
    void a_check_left_running_by_a_crash_never_blocks_a_user_who_runs_it_again() {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);
        var id = service.run(Q2, Optional.empty());
        crashWhileRunning(id);

        assertThat(service.start(Q2, Optional.empty())).isEqualTo(id);

        assertThat(service.check(id).orElseThrow().state()).isEqualTo(RunState.QUEUED);
        assertThat(scheduler.queued()).containsExactly(id);
        assertThat(org.auditLog.entries().getLast().changes()).extracting(c -> c.field() + ":" + c.after())
                .contains("failure:" + RunHeartbeat.INTERRUPTED);
        service.runQueued(id);
        assertThat(service.check(id).orElseThrow().state()).isEqualTo(RunState.DONE);
    }

    @Test
    void a_queued_run_waits_for_a_lock_held_by_the_sweep_then_takes_over_the_interrupted_run() throws Exception {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);
        var id = service.run(Q2, Optional.empty());
        crashWhileRunning(id);
        // the sweep of interrupted runs holds the check's lock for its one short transaction just as
        // JobRunr's retry of the dead instance's job starts: the retry must not give up and end the job
        var sweep = locks.holdElsewhere(id);
        var failure = new AtomicReference<Throwable>();
        var retry = Thread.ofVirtual().start(() -> {
            try {
                service.runQueued(id);
            } catch (Throwable e) {
                failure.set(e);
            }
        });

        locks.awaitWaiter(id, Duration.ofSeconds(10));
        assertThat(checks.runsStarted()).as("nothing runs while the sweep holds the lock").isEqualTo(1);
        sweep.close();
        retry.join();

        assertThat(failure.get()).isNull();
        var check = service.check(id).orElseThrow();
        assertThat(check.state()).isEqualTo(RunState.DONE);
        assertThat(checks.runsStarted()).isEqualTo(2);
    }

    @Test
    void a_check_still_running_elsewhere_is_not_started_twice() {
        var id = service.run(Q2, Optional.empty());
        crashWhileRunning(id);
        try (var elsewhere = locks.holdElsewhere(id)) {
            assertThat(service.start(Q2, Optional.empty())).isEqualTo(id);
        }
        assertThat(scheduler.queued()).isEmpty();
        assertThat(service.check(id).orElseThrow().state()).isEqualTo(RunState.RUNNING);
    }

    @Test
    void starting_a_check_that_is_already_queued_queues_nothing_more_and_returns_the_same_check() {
        var id = service.start(Q2, Optional.empty());

        assertThat(service.start(Q2, Optional.empty())).isEqualTo(id);
        org.actAs(manager);
        assertThat(service.start(Q2, Optional.empty())).isEqualTo(id);

        assertThat(scheduler.queued()).containsExactly(id);
        assertThat(scheduler.requestedBy()).containsExactly("specialist");
        assertThat(service.check(id).orElseThrow().state()).isEqualTo(RunState.QUEUED);

        // once its run ended, starting it again is a new run
        service.runQueued(id);
        assertThat(service.start(Q2, Optional.empty())).isEqualTo(id);
        assertThat(scheduler.queued()).containsExactly(id, id);
    }

    @Test
    void two_users_starting_the_same_check_at_once_queue_one_run() throws Exception {
        var barrier = new CyclicBarrier(2);
        Callable<CheckId> start = () -> {
            barrier.await(10, TimeUnit.SECONDS);
            return service.start(Q2, Optional.empty());
        };
        try (var executor = Executors.newFixedThreadPool(2)) {
            var first = executor.submit(start);
            var second = executor.submit(start);

            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(first.get(10, TimeUnit.SECONDS));
            assertThat(scheduler.queued()).containsExactly(first.get());
        }
    }

    @Test
    void a_check_whose_job_could_not_be_queued_fails_with_the_reason_and_can_be_started_again() {
        scheduler.failNext(new IllegalStateException("the job store went away"));

        assertThatThrownBy(() -> service.start(Q2, Optional.empty())).hasMessage("the job store went away");

        var check = service.checks().getFirst();
        assertThat(check.state()).isEqualTo(RunState.FAILED);
        assertThat(check.failure()).hasValueSatisfying(f -> assertThat(f).contains("the job store went away"));
        assertThat(service.start(Q2, Optional.empty())).isEqualTo(check.id());
        assertThat(scheduler.queued()).containsExactly(check.id());
    }

    @Test
    void a_check_whose_latest_run_was_interrupted_can_be_closed_with_the_results_before_it() {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);
        var id = service.run(Q2, Optional.empty());
        crashWhileRunning(id);

        org.actAs(manager);
        service.close(id);

        var check = service.check(id).orElseThrow();
        assertThat(check.closed()).isTrue();
        assertThat(check.state()).isEqualTo(RunState.FAILED);
        assertThat(service.report(id).orElseThrow().overall()).isEqualTo(new Rate(1, 1));
    }

    @Test
    void a_run_started_from_the_page_is_attributed_to_the_user_who_started_it() {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);
        var liMing = org.actAs(Actor.user("李明", Set.of(Role.OPS_SPECIALIST)));
        var id = service.start(Q2, Optional.empty());
        assertThat(scheduler.requestedBy()).containsExactly("李明");

        // the background job acts on behalf of the user it was given, roles read again
        org.actAs(liMing);
        service.runQueued(id);

        var check = service.check(id).orElseThrow();
        assertThat(check.lastRunBy()).contains("李明");
        assertThat(service.report(id).orElseThrow().run().startedBy()).isEqualTo("李明");
        assertEntry(org.auditLog.entries().getLast(), AuditAction.CREATE, "李明", "ComplianceCheck", id);
    }

    @Test
    void a_queued_run_fails_with_the_reason_when_its_user_may_no_longer_run_checks() {
        org.actAs(Actor.user("李明", Set.of(Role.OPS_SPECIALIST)));
        var id = service.start(Q2, Optional.empty());

        org.actAs(Actor.user("李明", Set.of(Role.AUDITOR)));
        assertThatThrownBy(() -> service.runQueued(id)).isInstanceOf(AccessDenied.class);

        var check = service.check(id).orElseThrow();
        assertThat(check.state()).isEqualTo(RunState.FAILED);
        assertThat(check.failure()).contains(RunComplianceCheck.REFUSED);
        assertThat(checks.runsStarted()).isZero();
    }

    @Test
    void the_quarterly_schedule_runs_as_scheduled_not_as_anyone() {
        compliantCase(COMPLAINT, "C-1", "2026-05-01T02:00:00Z", 1);
        org.actAs(Actor.SCHEDULE);

        var id = service.run(Q2, Optional.empty());

        assertThat(service.check(id).orElseThrow().lastRunBy()).contains("scheduled");
        assertEntry(org.auditLog.entries().getLast(), AuditAction.CREATE, "scheduled", "ComplianceCheck", id);
    }

    @Test
    void the_operations_team_and_auditors_read_only_managers_and_specialists_run() {
        var id = service.run(Q2, Optional.empty());
        org.actAs(manager);
        service.run(Q2, Optional.empty());

        for (var reader : List.of(auditor, director)) {
            org.actAs(reader);
            assertThat(service.checks()).hasSize(1);
            assertThat(service.report(id)).isPresent();
            assertThatThrownBy(() -> service.run(Q2, Optional.empty())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service.start(Q2, Optional.empty())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service.close(id)).isInstanceOf(AccessDenied.class);
        }
        org.actAs(Actor.user("lead", Set.of(Role.DEPARTMENT_LEAD)));
        assertThatThrownBy(service::checks).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.caseDetail(id, COMPLAINT, "C-1")).isInstanceOf(AccessDenied.class);
    }

    /** Execution records in memory, just enough for the check: cases by first event, events by time. */
    static final class EventList implements ExecutionRecords {

        private final Map<String, List<String[]>> cases = new TreeMap<>();
        private final Map<String, List<CaseEvent>> events = new LinkedHashMap<>();
        private int failAfter = -1;

        void add(String caseId, String process, String step, String role, Instant at) {
            events.computeIfAbsent(process + "/" + caseId, k -> new ArrayList<>()).add(new CaseEvent(step, role, at));
        }

        void failAfterCases(int count) {
            failAfter = count;
        }

        private List<CaseEvent> sorted(String key) {
            return events.get(key).stream().sorted(Comparator.comparing(CaseEvent::occurredAt)).toList();
        }

        @Override
        public void settle() {
        }

        @Override
        public void forEachCase(String processCode, Instant from, Instant to, CaseHandler handler) {
            int handled = 0;
            for (var key : new TreeMap<>(events).keySet()) {
                if (!key.startsWith(processCode + "/")) {
                    continue;
                }
                var list = sorted(key);
                var first = list.getFirst().occurredAt();
                if (first.isBefore(from) || !first.isBefore(to)) {
                    continue;
                }
                if (handled++ == failAfter) {
                    throw new IllegalStateException("the database went away");
                }
                handler.handle(key.substring(processCode.length() + 1), list);
            }
        }

        @Override
        public List<ProcessCount> processesStartingIn(Instant from, Instant to) {
            var counts = new TreeMap<String, long[]>();
            events.keySet().forEach(key -> {
                var list = sorted(key);
                var first = list.getFirst().occurredAt();
                if (!first.isBefore(from) && first.isBefore(to)) {
                    var count = counts.computeIfAbsent(key.substring(0, key.indexOf('/')), k -> new long[2]);
                    count[0]++;
                    count[1] += list.size();
                }
            });
            return counts.entrySet().stream()
                    .map(e -> new ProcessCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        }

        @Override
        public Optional<List<CaseEvent>> caseEvents(String processCode, String caseId) {
            var key = processCode + "/" + caseId;
            return events.containsKey(key) ? Optional.of(sorted(key)) : Optional.empty();
        }

        @Override
        public List<CaseEvent> caseEvents(String processCode, String caseId, long offset, int limit) {
            return caseEvents(processCode, caseId).orElse(List.of()).stream().skip(offset).limit(limit).toList();
        }

        @Override
        public int caseEventCount(String processCode, String caseId) {
            return caseEvents(processCode, caseId).map(List::size).orElse(0);
        }

        @Override
        public long eventCount() {
            return events.values().stream().mapToLong(List::size).sum();
        }

        @Override
        public List<StoredProcess> storedProcesses() {
            return List.of();
        }

        @Override
        public Batch begin(String source, String importedBy) {
            throw new UnsupportedOperationException();
        }
    }
}
