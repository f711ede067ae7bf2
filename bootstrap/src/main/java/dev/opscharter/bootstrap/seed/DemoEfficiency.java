package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.efficiency.port.in.ManageBenchmarks;
import dev.opscharter.application.efficiency.port.in.ManageProjects;
import dev.opscharter.application.efficiency.port.in.ProjectQueries;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.BenchmarkId;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.OptimizationProjectId;
import dev.opscharter.domain.efficiency.ProjectDraft;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;
import dev.opscharter.domain.efficiency.Training;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Demo mode: four process-optimization projects landed this year, one more in progress, a benchmark and a CRM
 * introduction, so the efficiency screens and the scorecard's efficiency parts show computed figures. The
 * complaint-handling project is measured from the demo execution records where they were imported.
 * <p>Runs after the execution records (order 5), which it measures, and after the figures typed for earlier
 * quarters (order 3), which a quarter with landed projects would refuse: the projects land in the running
 * quarter, whose scorecard is therefore computed rather than typed. Runs once, while no project exists.
 */
@Component
@Order(6)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoEfficiency implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEfficiency.class);
    private static final byte[] REPORT = "%PDF-1.4\n% 验收报告 demo acceptance report\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final int MEASURED_DAYS = 60;

    private final ManageProjects manage;
    private final ProjectQueries projects;
    private final ManageBenchmarks benchmarks;
    private final SettingsStore settings;
    private final Clock clock;

    DemoEfficiency(ManageProjects manage, ProjectQueries projects, ManageBenchmarks benchmarks,
                   SettingsStore settings, Clock clock) {
        this.manage = manage;
        this.projects = projects;
        this.benchmarks = benchmarks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTasks.asUser("manager", () -> {
            if (projects.count(ProjectFilter.ALL) > 0) {
                return;
            }
            var today = LocalDate.now(clock.withZone(settings.load().timeZone()));
            seed(today, Period.quarterOf(today).firstDay());
            log.info("Demo efficiency projects, a benchmark and a tool introduction seeded");
        });
    }

    private void seed(LocalDate today, LocalDate quarterStart) {
        landed(typed("订单处理提速 / Faster order processing", "赵磊", null,
                indicator("订单处理时长 / Order processing time", MetricUnit.HOURS, MetricDirection.LOWER_IS_BETTER,
                        true, "6.5", "4.8"),
                indicator("人均日处理订单 / Orders per person and day", MetricUnit.COUNT,
                        MetricDirection.HIGHER_IS_BETTER, false, "42", "51")), landedOn(today, quarterStart, 0));
        landed(typed("发票自动核对 / Automatic invoice matching", "孙婷", null,
                indicator("发票核对时长 / Invoice matching time", MetricUnit.HOURS, MetricDirection.LOWER_IS_BETTER,
                        true, "3.2", "2.5")), landedOn(today, quarterStart, 1));
        landed(typed("退货审批精简 / Leaner return approval", "specialist", null,
                indicator("退货审批时长 / Return approval time", MetricUnit.DAYS, MetricDirection.LOWER_IS_BETTER,
                        true, "2.5", "1.6"),
                indicator("一次通过率 / First-pass rate", MetricUnit.PERCENT, MetricDirection.HIGHER_IS_BETTER, true,
                        "78", "88")), landedOn(today, quarterStart, 2));
        complaintHandling(landedOn(today, quarterStart, 3));
        var running = typed("仓储拣货路径优化 / Warehouse picking routes", "赵磊", null,
                indicator("拣货时长 / Picking time", MetricUnit.HOURS, MetricDirection.LOWER_IS_BETTER, true, "1.8",
                        null));
        manage.start(running, 1);

        benchmarks.record(RequestKey.fresh(), new Benchmark(BenchmarkId.random(),
                "最快订单处理时长 / Fastest order processing time", MetricUnit.HOURS, MetricDirection.LOWER_IS_BETTER,
                new BigDecimal("3.9"), List.of("华东订单组 / East China order team", "运营部 / Operations"),
                today.minusDays(12), 0));
        benchmarks.record(RequestKey.fresh(), new ToolIntroduction(ToolIntroductionId.random(), "CRM 客户关系管理系统",
                "客户跟进响应时长 / Customer follow-up time", MetricDirection.LOWER_IS_BETTER, today.minusMonths(5),
                new BigDecimal("26"), Optional.of(new BigDecimal("19.5")),
                new Training(4, 37, "销售与客服：线索录入、跟进提醒、工单流转"), 0));
    }

    /**
     * The complaint-handling project, measured from the demo execution records where they were imported (the
     * median and 90th percentile of a complaint's duration around its landing); typed where they were not.
     */
    private void complaintHandling(LocalDate landed) {
        var process = DemoExecutionRecords.PROCESS;
        if (!projects.measurable(process)) {
            landed(typed("投诉处理提速 / Faster complaint handling", "specialist", process,
                    indicator("投诉处理时长 / Complaint handling time", MetricUnit.HOURS,
                            MetricDirection.LOWER_IS_BETTER, true, "30", "24")), landed);
            return;
        }
        var id = typed("投诉处理提速 / Faster complaint handling", "specialist", process);
        manage.start(id, 1);
        try {
            manage.measure(id, 2, landed, MEASURED_DAYS);
            manage.accept(id, 3, landed, "投诉处理提速验收报告.pdf", REPORT);
        } catch (RuntimeException refused) {
            // no cases on one side of the landing (a demo started on the first days of the records): left in progress
            log.info("Demo complaint-handling project not measured: {}", refused.getMessage());
        }
    }

    /** The n-th landing of the running quarter: a few days apart, never after today. */
    private static LocalDate landedOn(LocalDate today, LocalDate quarterStart, int n) {
        var day = quarterStart.plusDays(5L * n + 3);
        return day.isAfter(today) ? today : day;
    }

    private OptimizationProjectId typed(String title, String owner, @Nullable String process, EfficiencyIndicator... indicators) {
        return manage.plan(RequestKey.fresh(), new ProjectDraft(title, owner, Optional.ofNullable(process),
                List.of(indicators)));
    }

    private void landed(OptimizationProjectId id, LocalDate on) {
        manage.start(id, 1);
        manage.accept(id, 2, on, "验收报告.pdf", REPORT);
    }

    private static EfficiencyIndicator indicator(String name, MetricUnit unit, MetricDirection direction, boolean core,
                                                 String baseline, String after) {
        return EfficiencyIndicator.typed(name, unit, direction, core, Optional.of(new BigDecimal(baseline)),
                Optional.ofNullable(after).map(BigDecimal::new));
    }
}
