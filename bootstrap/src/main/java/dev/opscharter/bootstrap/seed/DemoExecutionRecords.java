package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportProgress;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.shared.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Demo mode: the complaint-handling process (投诉处理流程) ran this year — about 25 complaints a
 * working day from 1 January until today, as a CSV file in SPEC §4's format imported through the
 * same use case as an uploaded file — and the last ended quarter is checked, so the checks page,
 * a deviating case and the inspection report have something to show; its two largest findings
 * are corrective actions for the specialist, one of them already being worked on. Most complaints
 * follow the manual; some run late, skip a step, come in the wrong order, are handled by the wrong
 * role, or are still open. The generator is seeded: every demo database holds the same cases. On with the demo
 * profile; off in tests that run in demo mode for its users, which bring their own records.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("opscharter.demo.execution-records")
class DemoExecutionRecords implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoExecutionRecords.class);
    static final String PROCESS = "COMPLAINT_HANDLING";
    static final String FILE = "complaint-handling-demo.csv";
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    /** From 1 July (the second version of the manual) complaints get a satisfaction follow-up. */
    private static final LocalDate FOLLOW_UP_FROM = LocalDate.of(2026, 7, 1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** What the operations manager decides to do about a finding of each type (demo content, in Chinese). */
    private static final Map<DeviationType, String> ACTION_TITLES = Map.of(
            DeviationType.STEP_LATE, "设置调查 B 岗并在系统中提示即将超时的投诉",
            DeviationType.WRONG_ROLE, "分类分派仅限客服主管：系统按角色校验",
            DeviationType.STEP_SKIPPED, "首次联系客户设为系统必经步骤",
            DeviationType.OUT_OF_ORDER, "方案确认前必须录入处理方案",
            DeviationType.CASE_LATE, "超 48 小时未结案的投诉每日晨会跟进",
            DeviationType.UNKNOWN_STEP, "清理流程外的步骤代码");

    private final ImportExecutionRecords records;
    private final RunComplianceCheck checks;
    private final ComplianceCheckQueries results;
    private final ManageCorrectiveActions rectification;
    private final CorrectiveActionQueries actions;
    private final SettingsStore settings;
    private final Clock clock;

    DemoExecutionRecords(ImportExecutionRecords records, RunComplianceCheck checks, ComplianceCheckQueries results,
                         ManageCorrectiveActions rectification, CorrectiveActionQueries actions,
                         SettingsStore settings, Clock clock) {
        this.records = records;
        this.checks = checks;
        this.results = results;
        this.rectification = rectification;
        this.actions = actions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTasks.asUser("manager", () -> {
            if (!records.storedProcesses().isEmpty()) {
                return;
            }
            var zone = settings.load().timeZone();
            var today = LocalDate.now(clock.withZone(zone));
            var csv = complaints(zone, today).getBytes(StandardCharsets.UTF_8);
            var imported = records.importRecords(new ByteArrayInputStream(csv), FILE, ImportProgress.NONE);
            var lastQuarter = Period.quarterOf(today).previous();
            var check = checks.run(lastQuarter, Optional.empty());
            int raised = raiseActions(check, lastQuarter, today);
            log.info("Demo execution records imported ({} events), {} checked, {} corrective actions raised",
                    imported.added(), lastQuarter.key(), raised);
        });
    }

    /** The check's two largest findings become actions for the specialist; the first one is under way. */
    private int raiseActions(CheckId check, Period lastQuarter, LocalDate today) {
        var findings = results.report(check).stream()
                .flatMap(report -> report.processes().stream())
                .filter(process -> process.processCode().equals(PROCESS))
                .flatMap(process -> process.byStep().stream())
                .sorted(Comparator.comparingLong(StepTally::deviations).reversed())
                .limit(2)
                .toList();
        for (int i = 0; i < findings.size(); i++) {
            var finding = findings.get(i);
            var title = ACTION_TITLES.getOrDefault(finding.type(), "整改 " + finding.stepCode());
            var id = rectification.create(new NewCorrectiveAction(
                    new FindingRef(check.value(), lastQuarter.key(), PROCESS, finding.type(), finding.stepCode()),
                    finding.stepCode() + "：" + finding.deviations() + " 个案例", (int) finding.deviations(), title,
                    "specialist", today.plusDays(i == 0 ? 10 : 21), ""));
            if (i == 0) {
                SystemTasks.asUser("specialist", () -> {
                    rectification.start(id, actions.get(id).version());
                    rectification.recordRootCause(id, "岗位职责与系统权限未对齐；投诉高峰期人手不足，无人顶岗",
                            actions.get(id).version());
                });
            }
        }
        return findings.size();
    }

    /** The complaints from {@link #FIRST_DAY} to the day before {@code today}, in SPEC §4's columns. */
    static String complaints(ZoneId zone, LocalDate today) {
        var random = new Random(2026);
        var csv = new StringBuilder("case_id,process_code,step_code,actor_role,occurred_at\n");
        for (var day = FIRST_DAY; day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int complaints = 18 + random.nextInt(15);
            for (int i = 0; i < complaints; i++) {
                var registered = ZonedDateTime.of(day, LocalTime.of(9, 0), zone)
                        .plusMinutes(random.nextInt(8 * 60));
                var id = "TS-%s-%03d".formatted(day.format(DateTimeFormatter.BASIC_ISO_DATE), i + 1);
                new Complaint(id, registered, random, !day.isBefore(FOLLOW_UP_FROM), today.atStartOfDay(zone))
                        .writeTo(csv);
            }
        }
        return csv.toString();
    }

    /** One complaint's events: the manual's steps, with now and then a deviation. */
    private record Complaint(String id, ZonedDateTime registered, Random random, boolean followUp,
                             ZonedDateTime now) {

        void writeTo(StringBuilder csv) {
            int fate = random.nextInt(100);
            var at = registered;
            at = event(csv, at, "REGISTER_COMPLAINT", "CS_AGENT", 0);
            at = event(csv, at, "CLASSIFY_AND_ASSIGN", fate < 2 ? "CS_AGENT" : "CS_SUPERVISOR", minutes(10, 40));
            if (fate != 2) {
                at = event(csv, at, "CONTACT_CUSTOMER", random.nextBoolean() ? "CS_AGENT" : "OPS_SPECIALIST",
                        minutes(15, 80));
            }
            // a late investigation: the customer waited days for anyone to look at the case
            at = event(csv, at, "INVESTIGATE", "OPS_SPECIALIST", fate >= 3 && fate <= 5 ? minutes(3_000, 5_000)
                    : minutes(60, 300));
            if (fate % 9 == 4) {
                at = event(csv, at, "ESCALATE_TO_MANAGER", "OPS_SPECIALIST", minutes(20, 60));
            }
            if (fate == 6) {
                // the customer was asked to confirm before a resolution was written down
                at = event(csv, at, "CUSTOMER_CONFIRMATION", "CS_AGENT", minutes(60, 120));
                at = event(csv, at, "PROPOSE_RESOLUTION", "OPS_SPECIALIST", minutes(30, 90));
            } else {
                at = event(csv, at, "PROPOSE_RESOLUTION", random.nextInt(5) == 0 ? "OPS_MANAGER" : "OPS_SPECIALIST",
                        minutes(60, 240));
                at = event(csv, at, "CUSTOMER_CONFIRMATION", fate == 7 ? "OPS_SPECIALIST" : "CS_AGENT",
                        fate == 8 || fate == 9 ? minutes(2_000, 4_000) : minutes(60, 360));
            }
            if (fate == 10 && registered.plusDays(21).isAfter(now)) {
                return; // still open
            }
            at = event(csv, at, "CLOSE_COMPLAINT", "CS_SUPERVISOR", minutes(20, 120));
            if (followUp && fate % 3 == 0) {
                event(csv, at, "SATISFACTION_FOLLOW_UP", "CS_AGENT", minutes(120, 600));
            }
        }

        private ZonedDateTime event(StringBuilder csv, ZonedDateTime after, String step, String role, long minutes) {
            var at = after.plusMinutes(minutes);
            if (!at.isBefore(now)) {
                return at; // not happened yet
            }
            csv.append(id).append(',').append(PROCESS).append(',').append(step).append(',').append(role).append(',')
                    .append(TIME.format(at)).append('\n');
            return at;
        }

        private long minutes(int from, int to) {
            return from + random.nextInt(to - from);
        }
    }
}
