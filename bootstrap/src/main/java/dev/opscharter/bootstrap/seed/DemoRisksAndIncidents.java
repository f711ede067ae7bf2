package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.ManageRisks.NewIndicator;
import dev.opscharter.application.risks.port.in.ManageRisks.NewRisk;
import dev.opscharter.application.risks.port.in.RecordRiskFigures;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.risks.port.in.RunRiskReviews;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.complaints.MajorComplaintId;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskThreshold;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Demo mode: the risk register, incidents and complaints of the quarters {@link DemoTargets} keeps actuals for, so
 * the scorecard's risk control and major complaint rate come from records there. A supplier's late-delivery rate
 * breached its threshold last month and raised the contingency plan; an incident of the running quarter had a late
 * step; one incident two quarters before the last ended one was ruled a major operational accident. The quarter
 * that ended last holds: every incident in time, no accident, few major complaints.
 */
@Component
@Order(9)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoRisksAndIncidents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRisksAndIncidents.class);
    private static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    private static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    private static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));

    private final ManageRisks risks;
    private final RiskQueries register;
    private final RecordRiskFigures figures;
    private final RunRiskReviews reviews;
    private final Incidents incidents;
    private final IncidentTypes types;
    private final Complaints complaints;
    private final SettingsStore settings;
    private final Clock clock;

    DemoRisksAndIncidents(ManageRisks risks, RiskQueries register, RecordRiskFigures figures, RunRiskReviews reviews,
                          Incidents incidents, IncidentTypes types, Complaints complaints, SettingsStore settings,
                          Clock clock) {
        this.risks = risks;
        this.register = register;
        this.figures = figures;
        this.reviews = reviews;
        this.incidents = incidents;
        this.types = types;
        this.complaints = complaints;
        this.settings = settings;
        this.clock = clock;
    }

    /** The quarters whose risk control and major complaint rate the demo keeps records for: not typed as well. */
    static List<Period.Quarter> quarters(LocalDate today) {
        return DemoTargets.quarters(today);
    }

    @Override
    public void run(ApplicationArguments args) {
        var zone = settings.load().timeZone();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, zone);
        var seeded = SystemTasks.asSystem(() -> register.count(RiskFilter.ALL) > 0);
        if (seeded) {
            return;
        }
        SystemTasks.asUser("manager", () -> seedRegister(YearMonth.from(today)));
        seedIncidentsAndComplaints(quarters(today), today, now, zone);
        log.info("Demo risk register, incidents and complaints seeded for {} to {}", quarters(today).getFirst(),
                quarters(today).getLast());
    }

    private void seedRegister(YearMonth thisMonth) {
        var supplier = risk("R-001", "主供应商交货延迟 / Main supplier delivers late", "供应链 / Supply", "manager",
                4, 4, "双供应商比价；周度交付复盘 / Two suppliers quoted; weekly delivery review",
                "延迟率 > 10% 时切换至备用供应商 / Above 10 % late deliveries, switch to the backup supplier");
        risk("R-002", "大促订单激增导致履约延迟 / Order surge delays fulfilment", "履约 / Fulfilment", "specialist",
                3, 4, "大促前扩容仓配；临时用工池 / Extra warehouse capacity and a temp pool before promotions",
                "启用第二仓并限流下单 / Open the second warehouse and throttle orders");
        risk("R-003", "订单系统故障 / Order system outage", "系统 / Systems", "manager", 2, 5,
                "主备切换演练；监控告警 / Failover drills; monitoring and alerts",
                "切换备用系统，人工接单 / Switch to the standby system, take orders by hand");
        risk("R-004", "核心运营人员流失 / Loss of core operations staff", "人员 / People", "manager", 3, 3,
                "梯队培养；关键岗位 AB 角 / Succession plans; a deputy for every key post",
                "启动外部招聘与临时借调 / External hiring and a temporary secondment");
        risk("R-005", "推广费用超预算 / Promotion spend over budget", "成本 / Cost", "specialist", 3, 2,
                "月度预算跟踪 / Monthly budget tracking", "暂停 ROI < 1 渠道 / Pause channels with ROI below 1");
        risk("R-006", "客户数据泄露 / Customer data leak", "合规 / Compliance", "manager", 1, 5,
                "最小权限；数据脱敏 / Least privilege; masked data", "启动应急预案并通报监管 / Incident plan, tell the regulator");
        risk("R-007", "仓库火灾 / Warehouse fire", "安全 / Safety", "specialist", 1, 4,
                "消防巡检；保险 / Fire inspections; insurance", "启用异地仓 / Serve from the other site");
        var complaintsRisk = risk("R-008", "重大客诉引发舆情 / A major complaint goes public", "客户 / Customer",
                "manager", 2, 4, "48 小时内回访；舆情监测 / Call back within 48 h; media monitoring",
                "公关声明与专项补偿 / A statement and compensation");
        var lateRate = risks.addIndicator(supplier, new NewIndicator("主供应商交货延迟率 (%) / Supplier late-delivery rate (%)",
                new RiskThreshold(RiskThreshold.Side.ABOVE, new BigDecimal("10")), new FigureSource.Entered()), version(supplier));
        var majorComplaints = risks.addIndicator(complaintsRisk, new NewIndicator("月度重大投诉数 / Major complaints a month",
                new RiskThreshold(RiskThreshold.Side.ABOVE, new BigDecimal("3")), new FigureSource.Entered()),
                version(complaintsRisk));
        var monthlyFigures = new String[]{"6.5", "8.2", "12.0"};
        for (int i = 0; i < monthlyFigures.length; i++) {
            var month = thisMonth.minusMonths(monthlyFigures.length - i);
            figures.record(supplier, lateRate, month, new BigDecimal(monthlyFigures[i]));
            figures.record(complaintsRisk, majorComplaints, month, BigDecimal.ONE);
        }
        var lastMonth = new ReviewPeriod.Month(thisMonth.minusMonths(1));
        reviews.hold(RequestKey.fresh(), lastMonth, List.of(supplier, complaintsRisk),
                List.of(new RunRiskReviews.RatingChange(supplier, new RiskRating(5, 4), version(supplier))),
                List.of("延迟率 12% 超阈值：已启动备用供应商切换，总监签批中 / Late deliveries at 12 %: switching to the "
                        + "backup supplier, awaiting the director's sign-off"));
    }

    private RiskId risk(String code, String title, String category, String owner, int likelihood, int impact,
                        String controls, String plan) {
        return risks.identify(RequestKey.fresh(), new NewRisk(code, title, category, owner,
                new RiskRating(likelihood, impact), controls, plan));
    }

    private long version(RiskId risk) {
        return register.risk(risk).record().version();
    }

    /**
     * Five incidents a quarter (two of them major complaints) handled in time, a day's complaints every day. Written
     * through the stores, backdated: the use cases stamp "now".
     */
    private void seedIncidentsAndComplaints(List<Period.Quarter> quarters, LocalDate today, Instant now, ZoneId zone) {
        var system = types.byCode(IncidentType.SYSTEM_FAILURE).orElseThrow();
        var surge = types.byCode(IncidentType.ORDER_SURGE).orElseThrow();
        var complaint = types.byCode(IncidentType.MAJOR_COMPLAINT).orElseThrow();
        var accidentQuarter = quarters.get(Math.max(0, quarters.size() - 4));
        for (var quarter : quarters) {
            var start = quarter.firstDay();
            handled(system, "订单系统支付回调超时 / Payment callbacks time out", at(start.plusDays(9), 10, zone), now,
                    quarter.equals(accidentQuarter) ? null : Boolean.FALSE);
            handled(surge, "直播带货订单激增 / Order surge from a live stream", at(start.plusDays(38), 20, zone), now, null);
            if (quarter.equals(accidentQuarter)) {
                var accident = handled(system, "华东仓 WMS 宕机 9 小时，大促订单积压 / East China WMS down for 9 hours",
                        at(start.plusDays(52), 9, zone), now, Boolean.TRUE);
                log.debug("Demo major accident {}", accident);
            }
            for (var offset : new int[]{20, 61}) {
                var day = start.plusDays(offset);
                if (day.isBefore(today)) {
                    var incident = handled(complaint, "大客户投诉配送损毁 / A key account complains of damaged goods",
                            at(day, 14, zone), now, null);
                    if (incident != null) {
                        complaints.saveMajor(new MajorComplaint(MajorComplaintId.random(), day,
                                "大客户投诉配送损毁 / A key account complains of damaged goods",
                                "金额超 5 万元且威胁终止合作 / Over ¥50 000 at stake and the account threatens to leave",
                                "specialist", at(day, 14, zone), incident.id()));
                    }
                }
            }
            for (var day = start; day.isBefore(quarter.endExclusive()) && day.isBefore(today); day = day.plusDays(1)) {
                long total = 12 + Math.floorMod(day.toEpochDay() * 7919, 9);
                long major = day.equals(start.plusDays(20)) || day.equals(start.plusDays(61)) ? 1 : 0;
                complaints.saveDay(new ComplaintCount(day, total, major));
            }
        }
        lateInRunningQuarter(surge, quarters.getLast(), now, zone);
    }

    /**
     * An incident handled step by step in time (cause 1 h, measure 2 h, notice 2 h, post-mortem 2 days after the
     * step before); the steps not yet due by now are left to do. Null when it would be reported after now.
     */
    private Incident handled(IncidentType type, String title, Instant reported, Instant now, Boolean majorAccident) {
        if (!reported.isBefore(now)) {
            return null;
        }
        var incident = Incident.report(type, title, SPECIALIST, reported);
        var at = reported.plus(Duration.ofHours(1));
        var steps = List.<StepRecord>of(new StepRecord.Cause("回调队列积压，线程池耗尽 / A backed-up queue, no threads left"),
                new StepRecord.Measure("扩容并限流，人工补单 / Scaled out, throttled, orders re-entered by hand"),
                new StepRecord.Notified(List.of("销售部 / Sales", "客服部 / Customer Service")),
                new StepRecord.PostMortem("根因已消除，演练纳入季度计划 / Root cause removed; a drill joins the quarterly plan",
                        List.of()));
        Duration[] gaps = {Duration.ZERO, Duration.ofHours(2), Duration.ofHours(2), Duration.ofDays(2)};
        for (int i = 0; i < steps.size(); i++) {
            at = at.plus(gaps[i]);
            if (!at.isBefore(now)) {
                break;
            }
            incident = incident.done(steps.get(i), i % 2 == 0 ? SPECIALIST : MANAGER, at);
        }
        if (majorAccident != null && incident.finished()) {
            incident = incident.rule(majorAccident, DIRECTOR, at.plus(Duration.ofDays(1)));
        }
        return incidents.save(incident);
    }

    /** The running quarter's order surge whose emergency measure came two hours past its limit. */
    private void lateInRunningQuarter(IncidentType surge, Period.Quarter running, Instant now, ZoneId zone) {
        var quarterStart = running.firstDay().atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(30));
        var reported = now.minus(Duration.ofDays(5)).isAfter(quarterStart) ? now.minus(Duration.ofDays(5)) : quarterStart;
        var incident = Incident.report(surge, "双十二预售订单激增，仓配超负荷 / Pre-sale surge overloads the warehouse",
                SPECIALIST, reported);
        var cause = reported.plus(Duration.ofHours(2));
        var measure = cause.plus(surge.limits().limit(IncidentStep.EMERGENCY_MEASURE))
                .plus(Duration.ofHours(2));
        if (cause.isBefore(now)) {
            incident = incident.done(new StepRecord.Cause("预售尾款集中支付 / Pre-sale balances paid at once"), SPECIALIST, cause);
        }
        if (measure.isBefore(now)) {
            incident = incident.done(new StepRecord.Measure("启用第二仓，延长发货承诺 / Second warehouse opened, "
                    + "delivery promise extended"), MANAGER, measure);
        }
        incidents.save(incident);
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}
