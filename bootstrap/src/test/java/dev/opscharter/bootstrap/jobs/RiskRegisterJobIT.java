package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.ManageRisks.NewIndicator;
import dev.opscharter.application.risks.port.in.ManageRisks.NewRisk;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.risks.service.RiskFigureService;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskThreshold;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The risk register's daily job and its trigger, on the real JobRunr storage and PostgreSQL. */
@OpsCharterSpringTest
class RiskRegisterJobIT {

    @Autowired
    StorageProvider jobStorage;
    @Autowired
    RiskRegisterJob job;
    @Autowired
    ManageRisks manage;
    @Autowired
    RiskQueries queries;
    @Autowired
    ManageTargets targets;
    @Autowired
    RecordActuals actuals;
    @Autowired
    WorkItems workItems;
    @Autowired
    InboxStore inbox;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    UserDetailsService users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_daily_trigger_is_registered_at_6_in_the_organization_time_zone() {
        var recurring = jobStorage.getRecurringJobs().stream()
                .filter(j -> j.getId().equals(RiskRegisterJob.ID)).findFirst();
        assertThat(recurring).isPresent();
        assertThat(recurring.get().getZoneId()).isEqualTo("Asia/Shanghai");
        assertThat(recurring.get().getScheduleExpression()).isEqualTo("0 6 * * *");
        assertThat(recurring.get().getJobDetails().getClassName()).isEqualTo(RiskRegisterJob.class.getName());
    }

    @Test
    void the_reviews_due_are_scheduled_as_work_items_once_however_often_the_job_runs() {
        var first = SystemTasks.asScheduled(job::scheduleDueReviews);
        var again = SystemTasks.asScheduled(job::scheduleDueReviews);

        // nothing in this database holds a review of the month just ended, so at least that one is due
        assertThat(first).isNotEmpty().isEqualTo(again);
        assertThat(workItems.byId(first.getFirst())).hasValueSatisfying(item -> {
            assertThat(item.dutyType().code()).isEqualTo(RiskFigureService.RISK_DUTY);
            assertThat(item.title()).contains(YearMonth.from(calendar.today()).minusMonths(1).toString());
        });
    }

    @Test
    void a_metric_fed_indicator_breached_in_the_month_just_ended_raises_its_plan_once_over_two_runs() {
        new SignedIn(users).switchTo("manager");
        var unit = targets.createUnit(RequestKey.fresh(), new UnitDraft("RU_" + suffix,
                new BilingualName("单元" + suffix, "Unit " + suffix), Optional.empty(), true));
        var metric = targets.createMetric(RequestKey.fresh(), new MetricDraft("LATE_" + suffix,
                new BilingualName("延迟交付" + suffix, "Late deliveries " + suffix), MetricUnit.COUNT,
                MetricDirection.LOWER_IS_BETTER, Aggregation.SUM, false, false));
        var ended = YearMonth.from(calendar.today()).minusMonths(1);
        actuals.record(List.of(new DailyActual(unit, metric, ended.atDay(3), new BigDecimal("7")),
                new DailyActual(unit, metric, ended.atDay(4), new BigDecimal("6"))));
        var risk = manage.identify(RequestKey.fresh(), new NewRisk("RJ-" + suffix, "交付延迟 " + suffix,
                "JOB-" + suffix, "specialist", new RiskRating(2, 4), "", "启用备选物流"));
        manage.addIndicator(risk, new NewIndicator("每月延迟交付单数", new RiskThreshold(RiskThreshold.Side.ABOVE,
                new BigDecimal("12")), new FigureSource.FromMetric(metric)), queries.risk(risk).record().version());
        SecurityContextHolder.clearContext();

        job.run();
        job.run();

        new SignedIn(users).switchTo("manager");
        assertThat(queries.figures(risk)).singleElement().satisfies(figure -> {
            assertThat(figure.month()).isEqualTo(ended);
            assertThat(figure.value()).isEqualByComparingTo("13");
            assertThat(figure.breached()).isTrue();
            assertThat(figure.recordedBy()).isEqualTo("scheduled");
        });
        assertThat(inbox.forRecipient("specialist", 500)).filteredOn(e -> e.link()
                .equals(RiskFigureService.LINK + risk)).hasSize(1);
    }
}
