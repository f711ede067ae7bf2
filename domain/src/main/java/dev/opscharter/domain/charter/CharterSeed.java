package dev.opscharter.domain.charter;

import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;

import java.util.List;
import java.util.function.Function;

import static dev.opscharter.domain.charter.CharterLine.excluded;
import static dev.opscharter.domain.charter.CharterLine.own;
import static dev.opscharter.domain.charter.CharterLine.participate;
import static dev.opscharter.domain.charter.CharterLine.reserved;
import static dev.opscharter.domain.charter.SignOffAuthority.MANAGEMENT;
import static dev.opscharter.domain.charter.SignOffAuthority.OWNER_DEPARTMENT_LEAD;

/**
 * The first charter, line by line from the job description's 核心职责框架 table (SPEC §1): the four
 * duty dimensions, what Operations owns and what it does not, with the department that does.
 */
public final class CharterSeed {

    public static final String FRONTLINE = "FRONTLINE";
    public static final String EXECUTIVE = "EXECUTIVE";
    public static final String IT = "IT";
    public static final String INTERNAL_AUDIT = "INTERNAL_AUDIT";
    public static final String HR = "HR";
    public static final String FINANCE = "FINANCE";

    private CharterSeed() {
    }

    /** @param department resolves the default departments by code */
    public static List<DutyDimension> dimensions(Function<DepartmentCode, DepartmentId> department) {
        Function<String, DepartmentId> dept = code -> department.apply(new DepartmentCode(code));
        return List.of(
                new DutyDimension("BUSINESS_COORDINATION", new BilingualName("业务运营统筹", "Business operations coordination"), List.of(
                        own("OPERATIONS_STRATEGY", "制定运营策略", "Operations strategy"),
                        own("BUSINESS_LAUNCH", "统筹业务落地（新品上线、重大活动）", "Coordinating business launches (new products, major events)"),
                        own("METRICS_MONITORING", "监控运营指标", "Monitoring operating metrics"),
                        own("GOAL_ATTAINMENT", "保障业务流程顺畅与目标达成", "Smooth business processes and goal attainment"),
                        excluded("BUSINESS_EXECUTION", "具体业务执行（由一线业务岗负责）", "Specific business execution (by frontline business units)", dept.apply(FRONTLINE)),
                        participate("STRATEGIC_PLANNING", "战略规划制定（需参与而非主导）", "Strategic planning (Operations participates, does not lead)", dept.apply(EXECUTIVE)))),
                new DutyDimension("EFFICIENCY_OPTIMIZATION", new BilingualName("效率优化管理", "Efficiency optimization"), List.of(
                        own("BOTTLENECK_ANALYSIS", "分析运营瓶颈", "Bottleneck analysis"),
                        own("PROCESS_OPTIMIZATION", "推动流程优化", "Process optimization"),
                        own("OPERATIONS_TOOLS", "引入运营工具", "Introducing operations tools"),
                        own("EFFICIENCY_METRICS", "提升人效、坪效等核心效率指标", "Per-capita and per-area efficiency"),
                        excluded("SYSTEM_DEVELOPMENT", "系统开发建设（由IT部门负责）", "System development (by IT)", dept.apply(IT)),
                        reserved("RESTRUCTURING", "组织架构重构（需管理层决策）", "Organizational restructuring (a management decision)", dept.apply(EXECUTIVE), MANAGEMENT))),
                new DutyDimension("PROCESS_RISK_CONTROL", new BilingualName("流程与风险管控", "Process and risk control"), List.of(
                        own("PROCESS_SYSTEM", "搭建运营流程体系", "Process system"),
                        own("OPERATING_STANDARDS", "制定操作规范", "Operating standards"),
                        own("RISK_IDENTIFICATION", "识别运营风险", "Identifying operational risks"),
                        own("PROCESS_COMPLIANCE_CHECK", "确保运营活动合规有序（季度流程合规性检查）", "Compliance of operations (the quarterly process compliance check)"),
                        excluded("COMPLIANCE_AUDIT", "合规审计执行（由内审部门负责）", "Compliance audit execution (by Internal Audit)", dept.apply(INTERNAL_AUDIT)),
                        reserved("MAJOR_RISK_HANDLING", "重大风险处置（需管理层统筹）", "Handling of major risks (coordinated by management)", dept.apply(EXECUTIVE), MANAGEMENT))),
                new DutyDimension("TEAM_COLLABORATION", new BilingualName("团队与协同管理", "Team and collaboration"), List.of(
                        own("TEAM_BUILDING", "搭建运营团队", "Building the team"),
                        own("PEOPLE_DEVELOPMENT", "开展人员培养", "Developing people"),
                        own("CROSS_DEPARTMENT_COORDINATION", "协调跨部门协作", "Coordinating cross-department work"),
                        excluded("RECRUITING", "人员招聘入职（由人力资源部负责）", "Recruiting and onboarding (by HR)", dept.apply(HR)),
                        reserved("BUDGET_APPROVAL", "部门预算审批（需财务部门审核）", "Department budget approval (reviewed by Finance)", dept.apply(FINANCE), OWNER_DEPARTMENT_LEAD))));
    }
}
