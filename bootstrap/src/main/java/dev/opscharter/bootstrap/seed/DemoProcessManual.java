package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.ImportedVersion;
import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.application.compliance.port.in.ManageProcessManual;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demo mode: a process manual for the four real event logs in the shared data (the receipt of a
 * Dutch permit application, Italian road-traffic fines, the BPI 2012 loan applications and the
 * BPI 2013 Volvo IT incidents, with their real step codes and actor roles, steps in the order of
 * their most common variants and limits from their timing), plus a Chinese complaint-handling
 * process (投诉处理流程) with two versions. Imported by the manager like a manual file would be;
 * {@code docs/process-manual-example.yaml} is the same manual as a file.
 */
@Component
@Order(4)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoProcessManual implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProcessManual.class);

    private final ManageProcessManual manage;
    private final ProcessManual stored;

    DemoProcessManual(ManageProcessManual manage, ProcessManual stored) {
        this.manage = manage;
        this.stored = stored;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!stored.all().isEmpty()) {
            return;
        }
        SystemTasks.asUser("manager", () -> {
            var outcome = manage.importManual(manual());
            log.info("Demo process manual imported: {}", outcome.created());
        });
    }

    /** The demo manual, processes by code, versions oldest first. */
    static List<ImportedProcess> manual() {
        return List.of(complaintHandling(), itIncident(), loanApplication(), receipt(), trafficFine());
    }

    // ---- the processes

    static ImportedProcess receipt() {
        return process("RECEIPT", "环保许可申请收件流程", "Receipt of an environmental permit application",
                version(LocalDate.of(2010, 10, 1), LimitBasis.CALENDAR, days(14),
                        List.of("T10_DETERMINE_NECESSITY_TO_STOP_INDICATION"),
                        step("CONFIRMATION_OF_RECEIPT", "收件登记", "Confirmation of receipt", true, null,
                                "GROUP_1", "UNKNOWN"),
                        step("T02_CHECK_CONFIRMATION_OF_RECEIPT", "核对收件确认", "Check the confirmation of receipt",
                                true, days(1), "GROUP_4"),
                        step("T04_DETERMINE_CONFIRMATION_OF_RECEIPT", "审定收件确认",
                                "Determine the confirmation of receipt", true, days(1), "GROUP_3"),
                        step("T05_PRINT_AND_SEND_CONFIRMATION_OF_RECEIPT", "打印并寄送收件确认",
                                "Print and send the confirmation of receipt", true, days(2), "GROUP_2"),
                        step("T06_DETERMINE_NECESSITY_OF_STOP_ADVICE", "判定是否需要中止建议",
                                "Determine the necessity of stop advice", true, days(7), "GROUP_1"),
                        step("T10_DETERMINE_NECESSITY_TO_STOP_INDICATION", "判定是否中止",
                                "Determine the necessity to stop (indication)", true, days(1), "GROUP_1")));
    }

    static ImportedProcess trafficFine() {
        return process("TRAFFIC_FINE", "道路交通违章罚款流程", "Road-traffic fine management",
                version(LocalDate.of(2000, 1, 1), LimitBasis.CALENDAR, days(1000),
                        List.of("NOTIFY_RESULT_APPEAL_TO_OFFENDER", "APPEAL_TO_JUDGE", "PAYMENT",
                                "SEND_FOR_CREDIT_COLLECTION"),
                        step("CREATE_FINE", "开具罚单", "Create the fine", true, null,
                                "RESOURCE_538", "RESOURCE_550", "RESOURCE_541", "RESOURCE_537", "RESOURCE_559",
                                "RESOURCE_557", "RESOURCE_536", "RESOURCE_49", "RESOURCE_561", "RESOURCE_558"),
                        step("SEND_FINE", "寄送罚单", "Send the fine", false, days(120), "UNKNOWN"),
                        step("INSERT_FINE_NOTIFICATION", "登记送达通知", "Insert the fine notification", false,
                                days(30), "UNKNOWN"),
                        step("ADD_PENALTY", "加处罚款", "Add the penalty", false, days(61), "UNKNOWN"),
                        step("INSERT_DATE_APPEAL_TO_PREFECTURE", "登记向省长公署申诉日期",
                                "Insert the date of the appeal to the prefecture", false, days(60), "UNKNOWN"),
                        step("SEND_APPEAL_TO_PREFECTURE", "移送省长公署申诉", "Send the appeal to the prefecture",
                                false, days(60), "UNKNOWN"),
                        step("RECEIVE_RESULT_APPEAL_FROM_PREFECTURE", "接收申诉结果",
                                "Receive the result of the appeal from the prefecture", false, days(120), "UNKNOWN"),
                        step("NOTIFY_RESULT_APPEAL_TO_OFFENDER", "通知当事人申诉结果",
                                "Notify the offender of the appeal's result", false, days(30), "UNKNOWN"),
                        step("APPEAL_TO_JUDGE", "向法院起诉", "Appeal to a judge", false, null, "RESOURCE_0"),
                        step("PAYMENT", "缴纳罚款", "Payment", false, days(180), "UNKNOWN"),
                        step("SEND_FOR_CREDIT_COLLECTION", "移交欠款催收", "Send for credit collection", false,
                                days(730), "UNKNOWN")));
    }

    static ImportedProcess loanApplication() {
        var system = new String[]{"RESOURCE_112"};
        var offers = new String[]{"RESOURCE_11169", "RESOURCE_11189", "RESOURCE_11122", "RESOURCE_11200",
                "RESOURCE_11202", "RESOURCE_10910", "RESOURCE_10982"};
        var backOffice = new String[]{"RESOURCE_10138", "RESOURCE_10972", "RESOURCE_10629", "RESOURCE_10609",
                "RESOURCE_10809", "RESOURCE_11259", "RESOURCE_11049", "RESOURCE_10899"};
        var anyone = concat(system, offers, backOffice);
        return process("LOAN_APPLICATION", "个人贷款申请流程", "Personal loan application",
                version(LocalDate.of(2011, 10, 1), LimitBasis.CALENDAR, days(30),
                        List.of("A_ACTIVATED", "A_DECLINED", "A_CANCELLED"),
                        step("A_SUBMITTED", "提交申请", "Application submitted", true, null, system),
                        step("A_PARTLYSUBMITTED", "申请部分提交", "Application partly submitted", true, hours(1),
                                system),
                        step("A_PREACCEPTED", "预受理", "Application pre-accepted", false, hours(24),
                                concat(system, offers)),
                        step("A_ACCEPTED", "受理", "Application accepted", false, hours(72), offers),
                        step("O_SELECTED", "选定报价", "Offer selected", false, hours(1), offers),
                        step("A_FINALIZED", "申请定稿", "Application finalized", false, hours(1), offers),
                        step("O_CREATED", "生成报价", "Offer created", false, hours(1), offers),
                        step("O_SENT", "发送报价", "Offer sent", false, hours(1), offers),
                        step("O_SENT_BACK", "客户回传报价", "Offer sent back by the customer", false, days(21),
                                backOffice),
                        step("O_ACCEPTED", "报价确认", "Offer accepted", false, days(7), backOffice),
                        step("A_REGISTERED", "登记", "Application registered", false, days(7), backOffice),
                        step("A_APPROVED", "审批通过", "Application approved", false, days(7), backOffice),
                        step("A_ACTIVATED", "放款生效", "Loan activated", false, days(7), backOffice),
                        step("A_DECLINED", "拒绝申请", "Application declined", false, null, anyone),
                        step("A_CANCELLED", "撤销申请", "Application cancelled", false, null, anyone)));
    }

    static ImportedProcess itIncident() {
        var support = new String[]{"V3_2", "A2_1", "A2_2", "A2_3", "A2_4", "A2_5", "D_1", "E_10", "E_4", "E_5",
                "E_6"};
        return process("IT_INCIDENT", "IT 事件处理流程", "IT incident handling",
                version(LocalDate.of(2010, 3, 1), LimitBasis.CALENDAR, days(21),
                        List.of("COMPLETED_IN_CALL", "COMPLETED_CLOSED", "COMPLETED_CANCELLED"),
                        step("ACCEPTED_IN_PROGRESS", "受理处理中", "Accepted, in progress", true, null, support),
                        step("QUEUED_AWAITING_ASSIGNMENT", "排队待分派", "Queued, awaiting assignment", false,
                                hours(2), support),
                        step("ACCEPTED_ASSIGNED", "已分派", "Accepted, assigned", false, hours(24), support),
                        step("ACCEPTED_WAIT", "等待中", "Accepted, waiting", false, null, support),
                        step("ACCEPTED_WAIT_USER", "等待用户", "Waiting for the user", false, null, support),
                        step("ACCEPTED_WAIT_IMPLEMENTATION", "等待实施", "Waiting for implementation", false, null,
                                support),
                        step("ACCEPTED_WAIT_VENDOR", "等待供应商", "Waiting for the vendor", false, null, support),
                        step("ACCEPTED_WAIT_CUSTOMER", "等待客户", "Waiting for the customer", false, null, support),
                        step("COMPLETED_IN_CALL", "电话中解决", "Completed in the call", false, hours(1), "V3_2",
                                "A2_1"),
                        step("COMPLETED_RESOLVED", "已解决", "Completed, resolved", false, days(10), support),
                        step("COMPLETED_CLOSED", "已关闭", "Completed, closed", false, days(8), support),
                        step("COMPLETED_CANCELLED", "已取消", "Completed, cancelled", false, null, support)));
    }

    static ImportedProcess complaintHandling() {
        var first = version(LocalDate.of(2026, 1, 1), LimitBasis.WORKING, hours(72), List.of("CLOSE_COMPLAINT"),
                step("REGISTER_COMPLAINT", "登记投诉", "Register the complaint", true, null, "CS_AGENT"),
                step("CLASSIFY_AND_ASSIGN", "分类分派", "Classify and assign", true, hours(2), "CS_SUPERVISOR"),
                step("CONTACT_CUSTOMER", "首次联系客户", "First contact with the customer", true, hours(4),
                        "CS_AGENT", "OPS_SPECIALIST"),
                step("INVESTIGATE", "调查核实", "Investigate", true, hours(24), "OPS_SPECIALIST"),
                step("ESCALATE_TO_MANAGER", "升级至运营经理", "Escalate to the operations manager", false, hours(4),
                        "OPS_SPECIALIST", "CS_SUPERVISOR"),
                step("PROPOSE_RESOLUTION", "制定处理方案", "Propose a resolution", true, hours(16), "OPS_SPECIALIST",
                        "OPS_MANAGER"),
                step("CUSTOMER_CONFIRMATION", "客户确认方案", "The customer confirms the resolution", true, hours(24),
                        "CS_AGENT"),
                step("CLOSE_COMPLAINT", "结案归档", "Close and file the complaint", true, hours(8), "CS_SUPERVISOR"));
        var second = version(LocalDate.of(2026, 7, 1), LimitBasis.WORKING, hours(48),
                List.of("CLOSE_COMPLAINT"),
                step("REGISTER_COMPLAINT", "登记投诉", "Register the complaint", true, null, "CS_AGENT"),
                step("CLASSIFY_AND_ASSIGN", "分类分派", "Classify and assign", true, hours(1), "CS_SUPERVISOR"),
                step("CONTACT_CUSTOMER", "首次联系客户", "First contact with the customer", true, hours(2),
                        "CS_AGENT", "OPS_SPECIALIST"),
                step("INVESTIGATE", "调查核实", "Investigate", true, hours(16), "OPS_SPECIALIST"),
                step("ESCALATE_TO_MANAGER", "升级至运营经理", "Escalate to the operations manager", false, hours(2),
                        "OPS_SPECIALIST", "CS_SUPERVISOR"),
                step("PROPOSE_RESOLUTION", "制定处理方案", "Propose a resolution", true, hours(8), "OPS_SPECIALIST",
                        "OPS_MANAGER"),
                step("CUSTOMER_CONFIRMATION", "客户确认方案", "The customer confirms the resolution", true, hours(16),
                        "CS_AGENT"),
                step("CLOSE_COMPLAINT", "结案归档", "Close and file the complaint", true, hours(4), "CS_SUPERVISOR"),
                step("SATISFACTION_FOLLOW_UP", "满意度回访", "Satisfaction follow-up", false, hours(24), "CS_AGENT"));
        return new ImportedProcess(0, new ProcessCode("COMPLAINT_HANDLING"),
                new BilingualName("投诉处理流程", "Complaint handling"),
                List.of(new ImportedVersion(0, first), new ImportedVersion(0, second)));
    }

    // ---- building blocks

    private static ImportedProcess process(String code, String zh, String en, VersionDraft only) {
        return new ImportedProcess(0, new ProcessCode(code), new BilingualName(zh, en),
                List.of(new ImportedVersion(0, only)));
    }

    private static VersionDraft version(LocalDate from, LimitBasis basis, @Nullable Duration endToEnd,
                                        List<String> endSteps, ProcessStep... steps) {
        return new VersionDraft(from, basis, Optional.ofNullable(endToEnd), List.of(steps),
                Set.copyOf(endSteps.stream().map(StepCode::new).toList()));
    }

    private static ProcessStep step(String code, String zh, String en, boolean mandatory, @Nullable Duration limit,
                                    String... roles) {
        return new ProcessStep(new StepCode(code), new BilingualName(zh, en), mandatory,
                new LinkedHashSet<>(Arrays.asList(roles)), Optional.ofNullable(limit));
    }

    private static String[] concat(String[]... groups) {
        var all = new ArrayList<String>();
        for (var group : groups) {
            all.addAll(Arrays.asList(group));
        }
        return all.stream().distinct().toArray(String[]::new);
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
