package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.collaboration.port.in.ConflictQueries;
import dev.opscharter.application.collaboration.port.in.ManageConflicts;
import dev.opscharter.application.collaboration.port.in.ManageProjects;
import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.application.collaboration.port.in.ProjectQueries;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.collaboration.ConflictId;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.MilestoneId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.organization.DepartmentCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Demo mode: cross-department collaboration. The default series' meetings of the last weeks ({@link DemoMeetings}); a
 * customer-satisfaction project (Marketing researches, Sales calls key accounts back, Customer Service improves) and
 * a year-end e-commerce promotion in progress, whose stock milestone is three days overdue; two conflicts — Sales
 * and Customer Service on a key account's need, settled by applying the standing plan for it, and Finance and
 * Operations on how warehouse costs are accounted, still open. Through the use cases, as the manager.
 * <p>After the other demo classes: {@link DemoWorkAndFigures} seeds only into an empty work-item register, and the
 * action items and follow-ups here are work items. Runs once, while there is no project.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoCollaboration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCollaboration.class);
    static final String SATISFACTION = "客户满意度提升 / Raising customer satisfaction";
    static final String PROMOTION = "年末电商大促 / Year-end e-commerce promotion";
    static final String CUSTOMER_NEED_PLAN = "客户需求理解分歧 / A customer's need read differently";
    static final String PROMISE = "大客户要求 48 小时内上门安装：销售已口头承诺，客服认为超出服务范围 / A key account wants "
            + "installation within 48 hours: Sales promised it, Customer Service says it is outside the service";
    static final String COST_BASIS = "仓储费用按面积还是按订单量分摊：财务与运营口径不一致 / Warehouse costs by floor "
            + "space or by orders: Finance and Operations disagree";
    /** How many days the promotion's stock milestone is overdue. */
    static final int OVERDUE_DAYS = 3;

    private static final DepartmentCode SALES = new DepartmentCode("SALES");
    private static final DepartmentCode MARKETING = new DepartmentCode("MARKETING");
    private static final DepartmentCode CUSTOMER_SERVICE = new DepartmentCode("CUSTOMER_SERVICE");
    private static final DepartmentCode SUPPLY_CHAIN = new DepartmentCode("SUPPLY_CHAIN");
    private static final DepartmentCode FINANCE = new DepartmentCode("FINANCE");
    private static final DepartmentCode OPERATIONS = new DepartmentCode("OPERATIONS");
    private static final DepartmentCode IT = new DepartmentCode("IT");

    private final DemoMeetings meetings;
    private final ManageProjects projects;
    private final ProjectQueries projectQueries;
    private final ManageConflicts conflicts;
    private final ConflictQueries conflictQueries;
    private final SettingsStore settings;
    private final Clock clock;

    DemoCollaboration(DemoMeetings meetings, ManageProjects projects, ProjectQueries projectQueries,
                      ManageConflicts conflicts, ConflictQueries conflictQueries, SettingsStore settings, Clock clock) {
        this.meetings = meetings;
        this.projects = projects;
        this.projectQueries = projectQueries;
        this.conflicts = conflicts;
        this.conflictQueries = conflictQueries;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var zone = settings.load().timeZone();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, zone);
        SystemTasks.asUser("manager", () -> {
            if (projectQueries.countProjects() > 0) {
                return;
            }
            SystemTasks.asUser("specialist", () -> meetings.seed(now, zone));
            satisfactionProject(today);
            promotion(today);
            conflicts(today);
            log.info("Demo meetings, a project, a promotion with an overdue milestone and two conflicts seeded");
        });
    }

    // ---- projects

    private void satisfactionProject(LocalDate today) {
        var project = projects.start(RequestKey.fresh(), ProjectKind.PROJECT, SATISFACTION,
                "客户满意度从 91% 提升到 94% / Customer satisfaction from 91 % to 94 %", today.minusDays(45));
        assign(project, MARKETING, "调研满意度驱动因素 / Research what drives satisfaction");
        assign(project, SALES, "回访 200 家重点客户 / Call 200 key accounts back");
        assign(project, CUSTOMER_SERVICE, "改进投诉处理流程 / Improve complaint handling");
        done(project, milestone(project, "满意度调研报告 / The survey report", MARKETING, today.minusDays(30)),
                today.minusDays(31));
        done(project, milestone(project, "重点客户回访完成 / Key accounts called back", SALES, today.minusDays(7)),
                today.minusDays(5));
        milestone(project, "新投诉处理流程上线 / The new complaint process live", CUSTOMER_SERVICE, today.plusDays(21));
    }

    private void promotion(LocalDate today) {
        var launch = projects.start(RequestKey.fresh(), ProjectKind.ECOMMERCE_PROMOTION, PROMOTION,
                "大促 GMV 同比 +25%，履约时效不降 / GMV up 25 % on last year, deliveries as fast", today.minusDays(30));
        assign(launch, MARKETING, "主会场与投放 / The main page and paid traffic");
        assign(launch, SALES, "渠道与大客户套餐 / Channels and key-account bundles");
        assign(launch, SUPPLY_CHAIN, "爆款备货与仓配产能 / Best sellers in stock, warehouse capacity");
        assign(launch, IT, "全链路压测与扩容 / End-to-end load tests and capacity");
        assign(launch, CUSTOMER_SERVICE, "大促客服排班 / The service rota");
        done(launch, milestone(launch, "活动方案定稿 / Campaign plan signed off", MARKETING, today.minusDays(20)),
                today.minusDays(21));
        done(launch, milestone(launch, "全链路压测通过 / Load test passed", IT, today.minusDays(6)),
                today.minusDays(6));
        milestone(launch, "爆款备货入仓 / Best sellers in the warehouse", SUPPLY_CHAIN,
                today.minusDays(OVERDUE_DAYS));
        milestone(launch, "大客户套餐上线 / Key-account bundles live", SALES, today.plusDays(4));
        milestone(launch, "客服排班确认 / The service rota confirmed", CUSTOMER_SERVICE, today.plusDays(7));
    }

    private void assign(CrossDepartmentProjectId project, DepartmentCode department, String duty) {
        projects.assign(project, department, duty, version(project));
    }

    private MilestoneId milestone(CrossDepartmentProjectId project, String title, DepartmentCode owner,
                                  LocalDate due) {
        return projects.addMilestone(project, title, owner, due, version(project));
    }

    private void done(CrossDepartmentProjectId project, MilestoneId milestone, LocalDate on) {
        projects.completeMilestone(project, milestone, on, version(project));
    }

    private long version(CrossDepartmentProjectId project) {
        return projectQueries.project(project).record().version();
    }

    // ---- conflicts

    private void conflicts(LocalDate today) {
        var customerNeed = conflicts.adoptPlan(RequestKey.fresh(), CUSTOMER_NEED_PLAN,
                "销售与客服对同一客户需求理解不一致 / Sales and Customer Service read one customer's need differently",
                "以客户书面需求为准；运营部两个工作日内仲裁并更新服务承诺 / The customer's written request decides; "
                        + "Operations arbitrates within two working days and updates the service promise");
        conflicts.adoptPlan(RequestKey.fresh(), "成本核算口径争议 / Cost accounting basis disputed",
                "财务与业务部门对费用归集或分摊口径不一致 / Finance and a department disagree on how costs are allocated",
                "以财务核算制度为准，业务部门提供成本动因，月度例会定稿 / Finance's accounting rules apply, the "
                        + "department supplies the cost drivers, the monthly meeting settles it");

        var promise = conflicts.record(RequestKey.fresh(), parties(SALES, CUSTOMER_SERVICE), PROMISE);
        conflicts.applyPlan(promise, customerNeed, List.of("陈立华（销售部）", "马超（客服部）"), version(promise));
        conflicts.addFollowUp(RequestKey.fresh(), promise, new NewActionItem(CUSTOMER_SERVICE,
                "按客户书面需求更新服务承诺 / The service promise to the written request", today.plusDays(5),
                "CROSS_DEPARTMENT_COORDINATION"), version(promise));

        var costs = conflicts.record(RequestKey.fresh(), parties(FINANCE, OPERATIONS), COST_BASIS);
        conflicts.addFollowUp(RequestKey.fresh(), costs, new NewActionItem(FINANCE,
                "两种分摊口径的测算对比 / Both allocation bases costed", today.plusDays(10),
                "CROSS_DEPARTMENT_COORDINATION"), version(costs));
    }

    private static LinkedHashSet<DepartmentCode> parties(DepartmentCode... departments) {
        return new LinkedHashSet<>(List.of(departments));
    }

    private long version(ConflictId conflict) {
        return conflictQueries.conflict(conflict).record().version();
    }
}
