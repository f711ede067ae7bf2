package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.appraisal.port.in.ApproveScorecards;
import dev.opscharter.application.appraisal.port.in.RecordFigures;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.shared.Period;
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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo mode: a register of routed work (some handed over, some waiting for a sign-off) and two
 * years of appraisal figures, entered and approved by the demo users themselves. The quarter that
 * ended last is left empty, for the manager to fill in; the collaboration satisfaction of the quarters
 * {@link DemoSurveys} surveyed comes from their campaigns, the team's parts of the quarters {@link DemoTeam} keeps
 * records for from its appraisals and courses (it runs before, so the approved quarters freeze those).
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoWorkAndFigures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkAndFigures.class);
    static final int DEMO_QUARTERS = 8;
    static final int APPROVED_QUARTERS = 6;

    /** Oldest quarter first; index i is the i-th of the eight quarters before the last ended one. */
    private static final Map<Part, String[]> FIGURES = new EnumMap<>(Map.ofEntries(
            Map.entry(Part.CORE_TARGET_ATTAINMENT, new String[]{"93.5", "96.2", "97.8", "94.1", "98.0", "99.3", "96.7", "101.2"}),
            Map.entry(Part.KEY_INDICATORS_UNMET, new String[]{"1", "0", "0", "1", "0", "0", "0", "0"}),
            Map.entry(Part.EFFICIENCY_IMPROVEMENT_RATE, new String[]{"11.0", "13.5", "16.2", "15.0", "17.8", "18.4", "14.2", "19.5"}),
            Map.entry(Part.OPTIMIZATION_PROJECTS_LANDED, new String[]{"0", "1", "1", "1", "1", "0", "2", "1"}),
            Map.entry(Part.CUSTOMER_SATISFACTION, new String[]{"88.4", "90.2", "91.5", "89.7", "92.1", "92.8", "91.0", "93.4"}),
            Map.entry(Part.COLLABORATION_SATISFACTION, new String[]{"82.0", "84.5", "86.3", "85.0", "87.2", "88.9", "84.1", "89.5"}),
            Map.entry(Part.MAJOR_COMPLAINT_RATE, new String[]{"0.62", "0.48", "0.41", "0.55", "0.38", "0.33", "0.45", "0.29"}),
            Map.entry(Part.TEAM_APPRAISAL_PASS_RATE, new String[]{"88.0", "91.7", "92.3", "90.0", "93.8", "94.1", "92.5", "95.0"}),
            Map.entry(Part.TRAINING_PLAN_COMPLETION, new String[]{"95", "100", "104", "100", "100", "108", "97", "102"}),
            Map.entry(Part.RISK_INCIDENCE, new String[]{"2.4", "1.8", "1.5", "2.0", "1.2", "1.1", "1.9", "0.9"}),
            Map.entry(Part.INCIDENT_HANDLING_TIMELINESS, new String[]{"96.0", "100", "100", "98.5", "100", "100", "100", "100"}),
            Map.entry(Part.MAJOR_ACCIDENTS, new String[]{"0", "0", "0", "0", "0", "0", "1", "0"})));

    private static final Set<Part> TARGETED_PARTS = EnumSet.of(Part.CORE_TARGET_ATTAINMENT, Part.KEY_INDICATORS_UNMET);
    private static final Set<Part> RISK_RECORD_PARTS = EnumSet.of(Part.RISK_INCIDENCE, Part.INCIDENT_HANDLING_TIMELINESS,
            Part.MAJOR_ACCIDENTS, Part.MAJOR_COMPLAINT_RATE);

    private final ManageWorkItems workItems;
    private final WorkItems storedItems;
    private final RecordFigures figures;
    private final ApproveScorecards approvals;
    private final SettingsStore settings;
    private final Clock clock;

    DemoWorkAndFigures(ManageWorkItems workItems, WorkItems storedItems,
                       RecordFigures figures, ApproveScorecards approvals, SettingsStore settings, Clock clock) {
        this.workItems = workItems;
        this.storedItems = storedItems;
        this.figures = figures;
        this.approvals = approvals;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!storedItems.all().isEmpty()) {
            return;
        }
        var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
        var lastEnded = Period.quarterOf(today).previous();
        var quarters = lastEnded.previous().trailing(DEMO_QUARTERS);
        var surveyed = DemoSurveys.closedQuarters(today);
        var targeted = DemoTargets.quarters(today);
        var recorded = DemoIncidentsAndComplaints.quarters(today);
        var team = new TeamRecords(DemoTeam.appraisedQuarters(today), DemoTeam.trainedQuarters(today));
        SystemTasks.asUser("specialist", () -> enterFigures(quarters, surveyed, targeted, recorded, team));
        SystemTasks.asUser("director", () -> quarters.subList(0, APPROVED_QUARTERS).forEach(q ->
                approvals.approve(q, "季度经营分析会审议通过 / Approved at the quarterly business review")));
        seedWorkItems(today);
        log.info("Demo work items and appraisal figures for {} to {} seeded ({} approved); {} is left to fill in",
                quarters.getFirst(), quarters.getLast(), APPROVED_QUARTERS, lastEnded);
    }

    /** The quarters {@link DemoTeam} keeps appraisal results for, and those with training courses due. */
    private record TeamRecords(List<Period.Quarter> appraised, List<Period.Quarter> trained) {

        boolean has(Part part, Period.Quarter quarter) {
            return part == Part.TEAM_APPRAISAL_PASS_RATE && appraised.contains(quarter)
                    || part == Part.TRAINING_PLAN_COMPLETION && trained.contains(quarter);
        }
    }

    /**
     * A surveyed quarter's collaboration satisfaction comes from its campaign, a targeted quarter's core target
     * attainment and key indicators from its targets and actuals, a recorded quarter's risk control and major
     * complaint rate from its incidents and complaints, the team's pass rate and training completion from its
     * appraisals and courses where it has them: they are not typed as well.
     */
    private void enterFigures(List<Period.Quarter> quarters, List<Period.Quarter> surveyed,
                              List<Period.Quarter> targeted, List<Period.Quarter> recorded, TeamRecords team) {
        for (int i = 0; i < quarters.size(); i++) {
            for (var figure : FIGURES.entrySet()) {
                if (figure.getKey() == Part.COLLABORATION_SATISFACTION && surveyed.contains(quarters.get(i))
                        || TARGETED_PARTS.contains(figure.getKey()) && targeted.contains(quarters.get(i))
                        || RISK_RECORD_PARTS.contains(figure.getKey()) && recorded.contains(quarters.get(i))
                        || team.has(figure.getKey(), quarters.get(i))) {
                    continue;
                }
                figures.enter(figure.getKey(), quarters.get(i), new Measurement.Amount(new BigDecimal(figure.getValue()[i])),
                        "季度经营分析会数据 / Quarterly business review pack", Optional.empty(), 0);
            }
        }
    }

    private void seedWorkItems(LocalDate today) {
        SystemTasks.asUser("manager", () -> {
            item(WorkItemKind.TASK, "制定 2027 年度运营策略与季度实施计划", "OPERATIONS_STRATEGY", today.plusDays(30));
            item(WorkItemKind.REQUEST, "订单系统增加批量导出与异常订单看板", "SYSTEM_DEVELOPMENT", today.plusDays(45));
            item(WorkItemKind.REQUEST, "招聘 2 名数据分析专员", "RECRUITING", today.plusDays(60));
            item(WorkItemKind.TASK, "参与 2027–2029 战略规划研讨", "STRATEGIC_PLANNING", today.plusDays(20));
            item(WorkItemKind.ACTION, "双十一大促一线订单履约执行", "BUSINESS_EXECUTION", today.plusDays(7));
            item(WorkItemKind.TASK, "配合年度合规审计提供流程资料", "COMPLIANCE_AUDIT", today.plusDays(25));
            item(WorkItemKind.TASK, "协调销售与客服对客户需求理解不一致问题", "CROSS_DEPARTMENT_COORDINATION",
                    today.plusDays(10));
            var check = item(WorkItemKind.TASK, "第三季度流程合规性检查", "PROCESS_COMPLIANCE_CHECK", today);
            workItems.complete(check, "检查报告已归档 / Report filed", 1);
            // the supplier's late-delivery breach raises its contingency plan itself: DemoRiskRegister
            var budget = item(WorkItemKind.REQUEST, "2027 年运营部门预算调整（推广费 +8%）", "BUDGET_APPROVAL",
                    today.plusDays(14));
            workItems.requestSignOff(budget, 1);
        });
    }

    private WorkItemId item(WorkItemKind kind, String title, String dutyType, LocalDate due) {
        return workItems.register(new WorkItemDraft(kind, title, "", dutyType, Optional.of(due)));
    }
}
