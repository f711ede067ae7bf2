package dev.opscharter.application.targets.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.RecordingNotifications;
import dev.opscharter.application.targets.fakes.InMemoryActuals;
import dev.opscharter.application.targets.fakes.InMemoryBusinessUnits;
import dev.opscharter.application.targets.fakes.InMemoryMetrics;
import dev.opscharter.application.targets.fakes.InMemoryReportSubscribers;
import dev.opscharter.application.targets.fakes.InMemoryTargets;
import dev.opscharter.application.targets.fakes.InMemoryWeeklyReportArchive;
import dev.opscharter.application.targets.fakes.RecordingWeeklyReportRenderer;
import dev.opscharter.application.targets.WrittenWeek;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.IsoWeek;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import dev.opscharter.domain.targets.Target;
import dev.opscharter.domain.targets.WeeklyReport.Deviation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyReportServiceTest {

    /** Thursday 14 May 2026 in Shanghai: the last week ended is Mon 4 – Sun 10 May (2026-W19). */
    private static final IsoWeek LAST_WEEK = IsoWeek.parse("2026-W19");

    private final OrganizationFixture org = new OrganizationFixture();
    private final InMemoryBusinessUnits units = new InMemoryBusinessUnits();
    private final InMemoryMetrics metrics = new InMemoryMetrics();
    private final InMemoryTargets targets = new InMemoryTargets(units, metrics);
    private final InMemoryActuals actuals = new InMemoryActuals();
    private final InMemoryWeeklyReportArchive archive = new InMemoryWeeklyReportArchive();
    private final RecordingWeeklyReportRenderer renderer = new RecordingWeeklyReportRenderer();
    private final InMemoryReportSubscribers subscribers = new InMemoryReportSubscribers();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final WeeklyReportService service = new WeeklyReportService(
            new WeeklyReportFigures(metrics, targets, actuals, units), renderer, archive, subscribers, org.people,
            org.accounts, notifications, org.settings, org.useCase);

    private BusinessUnit east;
    private Metric revenue;

    @BeforeEach
    void unitsTargetsAndActuals() {
        east = units.save(BusinessUnit.create("EAST", new BilingualName("华东", "East"), Optional.empty()));
        revenue = metrics.save(Metric.create("REVENUE", new BilingualName("营业收入", "Revenue"), MetricUnit.MONEY,
                MetricDirection.HIGHER_IS_BETTER, Aggregation.SUM, true, true));
        // Q2 to the 10th of May is 40 days of 91: 100 a day is 9 100 at this pace, against 10 000
        targets.save(Target.set(east.id(), revenue.id(), new Period.Quarter(2026, 2), new BigDecimal("10000"),
                "manager", Instant.EPOCH));
        var days = new ArrayList<DailyActual>();
        for (var day = LocalDate.of(2026, 4, 1); day.isBefore(LAST_WEEK.endExclusive()); day = day.plusDays(1)) {
            var value = day.isBefore(LAST_WEEK.monday()) ? "100" : "110";
            days.add(new DailyActual(east.id(), revenue.id(), day, new BigDecimal(value)));
        }
        actuals.addAll(days);
        org.actAs(Actor.SCHEDULE);
    }

    @Test
    void the_schedule_writes_last_weeks_report_once() {
        assertThat(service.writeDue()).containsExactly(LAST_WEEK);
        assertThat(service.writeDue()).isEmpty();

        assertThat(renderer.rendered()).hasSize(2); // a PDF and a workbook, once
        var report = renderer.rendered().getFirst().report();
        assertThat(report.week()).isEqualTo(LAST_WEEK);
        var line = report.lines().getFirst();
        assertThat(line.thisWeek().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("770"));
        assertThat(line.weekOnWeek()).contains(new BigDecimal("10.0"));
        assertThat(line.deviations()).containsExactly(Deviation.QUARTER_OFF_PACE);
        assertThat(archive.written(LAST_WEEK)).contains(
                new WrittenWeek(LAST_WEEK, OrganizationFixture.NOW, "scheduled", 1, 1, 1, 0));
        assertThat(archive.file(LAST_WEEK, DocumentFormat.PDF)).isPresent();
        assertThat(org.auditLog.entries()).filteredOn(e -> e.entityType().equals(WeeklyReportService.ENTITY))
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.CREATE));
    }

    @Test
    void two_writers_of_a_week_at_once_write_it_once() {
        var raced = new boolean[1];
        renderer.whileRendering(() -> {
            if (!raced[0]) {
                raced[0] = true;
                assertThat(service.write(LAST_WEEK)).isTrue(); // the other writer, while this one renders
            }
        });
        subscribers.subscribe("manager");

        assertThat(service.writeDue()).isEmpty();

        assertThat(archive.count()).isOne();
        assertThat(archive.refused()).isOne();
        assertThat(notifications.sent()).hasSize(1);
    }

    @Test
    void the_managers_and_directors_receive_the_report_without_asking_until_they_unsubscribe() {
        var operations = org.department("OPERATIONS");
        org.account(org.person("Wang Jianguo", operations).roles(Role.OPS_DIRECTOR).save(), "director");
        org.account(org.person("Li Ming", operations).roles(Role.OPS_MANAGER).save(), "manager");
        org.account(org.person("Zhou Jie", operations).roles(Role.OPS_MANAGER, Role.OPS_SPECIALIST).save(), "zhou.jie");
        org.disabledAccount(org.person("Old Manager", operations).roles(Role.OPS_MANAGER).save(), "old.manager");
        org.account(org.person("Gone Manager", operations).roles(Role.OPS_MANAGER).leftOn(LocalDate.of(2026, 1, 31))
                .save(), "gone.manager");
        org.person("No Account", operations).roles(Role.OPS_DIRECTOR).save();
        org.account(org.person("Zhang Xiaoyu", operations).roles(Role.OPS_SPECIALIST).save(), "specialist");
        org.account(org.person("Liu Fang", org.department("AUDIT")).roles(Role.AUDITOR).save(), "auditor");

        org.actAs("manager", Role.OPS_MANAGER);
        assertThat(service.subscribed()).as("a manager without asking").isTrue();
        org.actAs("zhou.jie", Role.OPS_MANAGER, Role.OPS_SPECIALIST);
        service.unsubscribe();
        assertThat(service.subscribed()).as("unsubscribed, the role notwithstanding").isFalse();
        org.actAs("specialist", Role.OPS_SPECIALIST);
        assertThat(service.subscribed()).as("a specialist asks").isFalse();
        service.subscribe();
        assertThat(service.subscribed()).isTrue();
        org.actAs(Actor.SCHEDULE);

        service.writeDue();

        assertThat(notifications.sent()).extracting(n -> n.recipient())
                .containsExactlyInAnyOrder("director", "manager", "specialist");
    }

    @Test
    void a_manager_who_unsubscribed_and_subscribes_again_receives_it_once() {
        org.account(org.person("Li Ming", org.department("OPERATIONS")).roles(Role.OPS_MANAGER).save(), "manager");
        org.actAs("manager", Role.OPS_MANAGER);
        service.unsubscribe();
        service.subscribe();
        service.subscribe();
        assertThat(service.subscribed()).isTrue();
        org.actAs(Actor.SCHEDULE);

        service.writeDue();

        assertThat(notifications.sent()).extracting(n -> n.recipient()).containsExactly("manager");
    }

    @Test
    void every_subscriber_gets_an_inbox_entry_linking_to_the_week() {
        org.actAs("manager", Role.OPS_MANAGER);
        service.subscribe();
        org.actAs("auditor", Role.AUDITOR);
        service.subscribe();
        org.actAs("specialist", Role.OPS_SPECIALIST);
        service.subscribe();
        service.unsubscribe();
        assertThat(service.subscribed()).isFalse();
        org.actAs(Actor.SCHEDULE);

        service.writeDue();

        assertThat(notifications.sent()).extracting(n -> n.recipient()).containsExactly("auditor", "manager");
        assertThat(notifications.to("manager")).singleElement().satisfies(n -> {
            assertThat(n.subjectKey()).isEqualTo(WeeklyReportService.WRITTEN);
            assertThat(n.arguments()).containsExactly("2026-W19", "2026-05-04", "2026-05-10", "1");
            assertThat(n.link()).isEqualTo("targets/weekly?week=2026-W19");
        });
    }

    @Test
    void after_missed_mondays_the_schedule_writes_the_weeks_missed_at_most_four() {
        service.writeDue();
        org.clock.advance(Duration.ofDays(7 * 6)); // six Mondays missed: now in 2026-W26

        assertThat(service.writeDue()).extracting(IsoWeek::key)
                .containsExactly("2026-W22", "2026-W23", "2026-W24", "2026-W25");
        org.clock.advance(Duration.ofDays(7 * 2));
        assertThat(service.writeDue()).extracting(IsoWeek::key).containsExactly("2026-W26", "2026-W27");
    }

    @Test
    void a_manager_writes_an_earlier_week_by_hand_once_and_no_week_not_ended() {
        org.actAs("manager", Role.OPS_MANAGER);

        assertThat(service.write(IsoWeek.parse("2026-W17"))).isTrue();
        assertThat(service.write(IsoWeek.parse("2026-W17"))).isFalse();
        assertThatThrownBy(() -> service.write(IsoWeek.parse("2026-W20"))).isInstanceOf(InvalidValue.class);
        assertThat(archive.written(IsoWeek.parse("2026-W17")).map(WrittenWeek::writtenBy)).contains("manager");

        org.actAs("specialist", Role.OPS_SPECIALIST);
        assertThatThrownBy(() -> service.write(IsoWeek.parse("2026-W16"))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void readers_list_the_weeks_newest_first_and_download_their_files() {
        org.actAs("manager", Role.OPS_MANAGER);
        service.write(IsoWeek.parse("2026-W17"));
        service.write(IsoWeek.parse("2026-W18"));

        org.actAs("auditor", Role.AUDITOR);
        assertThat(service.countWeeks()).isEqualTo(2);
        assertThat(service.weeks(PageRequest.first(10))).extracting(w -> w.week().key())
                .containsExactly("2026-W18", "2026-W17");
        assertThat(service.file(IsoWeek.parse("2026-W18"), DocumentFormat.EXCEL)).hasValueSatisfying(file -> {
            assertThat(new String(file.content())).startsWith("EXCEL 2026-W18");
            assertThat(file.fileName()).isEqualTo("weekly-report-2026-W18.xlsx");
        });
        assertThat(service.file(IsoWeek.parse("2026-W10"), DocumentFormat.PDF)).isEmpty();

        org.actAs(Actor.ANONYMOUS);
        assertThatThrownBy(() -> service.weeks(PageRequest.first(10))).isInstanceOf(AccessDenied.class);
    }
}
