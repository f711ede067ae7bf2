package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
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
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskThreshold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Demo mode: the risk register, eight risks across the matrix. The main supplier's late-delivery rate rose for two
 * months (the review of the second re-rated the risk major) and breached its threshold last month, which raised the
 * contingency plan for the director's sign-off; last month's review is due. After the work items
 * ({@link DemoWorkAndFigures} seeds only into an empty register).
 */
@Component
@Order(9)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoRiskRegister implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRiskRegister.class);

    private final ManageRisks risks;
    private final RiskQueries register;
    private final RecordRiskFigures figures;
    private final RunRiskReviews reviews;
    private final ManageWorkItems workItems;
    private final WorkItemQueries items;
    private final SettingsStore settings;
    private final Clock clock;

    DemoRiskRegister(ManageRisks risks, RiskQueries register, RecordRiskFigures figures, RunRiskReviews reviews,
                     ManageWorkItems workItems, WorkItemQueries items, SettingsStore settings, Clock clock) {
        this.risks = risks;
        this.register = register;
        this.figures = figures;
        this.reviews = reviews;
        this.workItems = workItems;
        this.items = items;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
        var seeded = SystemTasks.asSystem(() -> register.count(RiskFilter.ALL) > 0);
        if (seeded) {
            return;
        }
        SystemTasks.asUser("manager", () -> seedRegister(YearMonth.from(today)));
        log.info("Demo risk register seeded: the supplier's late deliveries breached in {}",
                YearMonth.from(today).minusMonths(1));
    }

    private void seedRegister(YearMonth thisMonth) {
        var supplier = risk("R-001", "主供应商交货延迟 / Main supplier delivers late", "供应链 / Supply", "manager",
                3, 4, "双供应商比价；周度交付复盘 / Two suppliers quoted; weekly delivery review",
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
        // two months rising towards the threshold; the review of the second re-rates the risk major; then the breach
        figures.record(supplier, lateRate, thisMonth.minusMonths(3), new BigDecimal("6.5"));
        figures.record(supplier, lateRate, thisMonth.minusMonths(2), new BigDecimal("8.2"));
        for (int back = 3; back >= 1; back--) {
            figures.record(complaintsRisk, majorComplaints, thisMonth.minusMonths(back), BigDecimal.ONE);
        }
        var reviewed = List.of(supplier, complaintsRisk);
        reviews.hold(RequestKey.fresh(), new ReviewPeriod.Month(thisMonth.minusMonths(2)), reviewed,
                List.of(new RunRiskReviews.RatingChange(supplier, new RiskRating(4, 4), version(supplier))),
                List.of("延迟率两月上升至 8.2%，接近阈值：启动备用供应商资质审核 / Late deliveries up two months running to "
                        + "8.2 %: the backup supplier's qualification starts"));
        // the breach raises the switch to the backup supplier; Operations prepared it and asks the director to sign
        figures.record(supplier, lateRate, thisMonth.minusMonths(1), new BigDecimal("12.0"))
                .ifPresent(plan -> workItems.requestSignOff(plan, items.get(plan).version()));
    }

    private RiskId risk(String code, String title, String category, String owner, int likelihood, int impact,
                        String controls, String plan) {
        return risks.identify(RequestKey.fresh(), new NewRisk(code, title, category, owner,
                new RiskRating(likelihood, impact), controls, plan));
    }

    private long version(RiskId risk) {
        return register.risk(risk).record().version();
    }

}
