package dev.opscharter.bootstrap.jobs;

import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.incidents.StepTiming;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation of overdue incident steps and its trigger, on the real JobRunr storage and PostgreSQL: an overdue
 * step is told once to whose turn it is, however often (or concurrently) the job runs. No
 * application test moves the application's clock: as the corrective actions' job test does, the incident is
 * stored as reported hours ago, and the steps done now through the use case are timed against that.
 */
@OpsCharterSpringTest
class OverdueIncidentStepsJobIT {

    @Autowired
    ManageIncidents manage;
    @Autowired
    IncidentQueries queries;
    @Autowired
    Incidents incidents;
    @Autowired
    IncidentTypes types;
    @Autowired
    InboxStore inbox;
    @Autowired
    OverdueIncidentStepsJob job;
    @Autowired
    StorageProvider jobStorage;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private final String title = "订单系统宕机 " + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_escalation_runs_every_quarter_of_an_hour() {
        var recurring = jobStorage.getRecurringJobs().stream()
                .filter(j -> j.getId().equals(OverdueIncidentStepsJob.ID)).findFirst();
        assertThat(recurring).isPresent();
        assertThat(recurring.get().getScheduleExpression()).isEqualTo("*/15 * * * *");
        assertThat(recurring.get().getJobDetails().getClassName()).isEqualTo(OverdueIncidentStepsJob.class.getName());
    }

    @Test
    void an_overdue_step_is_told_once_to_whose_turn_it_is_and_a_late_step_counts_against_timeliness() {
        // reported 10 h ago by the manager, the cause located 9 h ago by the specialist (within its 2 h): the
        // emergency measure's 4 h ran out 5 h ago
        var now = clock.instant();
        var type = types.byCode(IncidentType.SYSTEM_FAILURE).orElseThrow();
        var reported = Incident.report(type, title, Actor.user("manager", Set.of(Role.OPS_MANAGER)),
                now.minus(Duration.ofHours(10)));
        var id = incidents.save(reported.done(new StepRecord.Cause("磁盘已满"),
                Actor.user("specialist", Set.of(Role.OPS_SPECIALIST)), now.minus(Duration.ofHours(9)))).id();

        job.run();
        job.run();

        assertThat(about(id, "specialist")).singleElement().satisfies(entry -> {
            assertThat(entry.subjectKey()).isEqualTo("notification.incident.step-overdue.EMERGENCY_MEASURE");
            assertThat(entry.arguments()).containsExactly(title, "4");
            var messages = Messages.bundled();
            assertThat(messages.text(entry.subjectKey(), Messages.CHINESE, entry.shownArguments(d -> "")))
                    .contains("应急措施").contains(title).doesNotContain("EMERGENCY_MEASURE");
            assertThat(messages.text(entry.subjectKey(), Messages.ENGLISH, entry.shownArguments(d -> "")))
                    .contains("emergency measure");
        });
        assertThat(about(id, "manager")).hasSize(1);

        // the specialist takes the measure now, late, and finishes the incident; the job tells nobody more
        var signedIn = new SignedIn(users);
        signedIn.switchTo("specialist");
        step(id, new StepRecord.Measure("切换到备用集群"));
        step(id, new StepRecord.Notified(List.of("客服部", "销售部")));
        step(id, new StepRecord.PostMortem("扩容磁盘并加告警", List.of()));
        job.run();

        var details = queries.incident(id).orElseThrow();
        assertThat(details.incident().record().finished()).isTrue();
        assertThat(details.timings()).extracting(StepTiming::state).containsExactly(StepTiming.State.ON_TIME,
                StepTiming.State.LATE, StepTiming.State.ON_TIME, StepTiming.State.ON_TIME);
        assertThat(details.incident().record().handled().get(IncidentStep.EMERGENCY_MEASURE).by())
                .isEqualTo("specialist");
        var quarter = Period.quarterOf(LocalDate.ofInstant(reported.reportedAt(), ZoneId.of("Asia/Shanghai")));
        var timeliness = queries.timeliness(quarter);
        assertThat(timeliness.inTime()).isLessThan(timeliness.counted());
        assertThat(about(id, "specialist")).hasSize(1);
        assertThat(about(id, "manager")).hasSize(1);
    }

    @Test
    void two_runs_at_once_escalate_an_overdue_step_once() {
        var now = clock.instant();
        var type = types.byCode(IncidentType.ORDER_SURGE).orElseThrow();   // the cause within 4 h
        var id = incidents.save(Incident.report(type, title, Actor.user("manager", Set.of(Role.OPS_MANAGER)),
                now.minus(Duration.ofHours(5)))).id();

        var runs = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.runAsync(job::run));
        }
        for (var run : runs) {
            try {
                run.join();
            } catch (CompletionException lost) {
                // the run that lost the race to the incident's version sent nothing: its transaction rolled back
                assertThat(lost).hasRootCauseInstanceOf(ConcurrentModification.class);
            }
        }
        job.run();

        assertThat(about(id, "manager")).singleElement().satisfies(entry -> assertThat(entry.subjectKey())
                .isEqualTo("notification.incident.step-overdue.LOCATE_CAUSE"));
        assertThat(incidents.byId(id).orElseThrow().escalated()).containsExactly(IncidentStep.LOCATE_CAUSE);
    }

    private void step(IncidentId id, StepRecord record) {
        var version = queries.incident(id).orElseThrow().incident().record().version();
        manage.doStep(new RequestKey(UUID.randomUUID()), id, record, version);
    }

    private List<InboxEntry> about(IncidentId id, String recipient) {
        return inbox.forRecipient(recipient, 500).stream().filter(e -> e.link().equals("incidents?incident=" + id))
                .toList();
    }
}
