package dev.opscharter.adapters.ui.compliance;

import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Period;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the compliance views' tests start from, through the application's ports as the views find
 * it: a small process of the manual (a code of its own, calendar limits, its last step ends a case),
 * a few cases recorded from 09:00 Shanghai time on one day of a quarter of its own, and that quarter
 * checked by the manager.
 */
final class CheckedProcess {

    /** The beans a test has at hand. */
    record Ports(ProcessManual manual, ExecutionRecords records, Transactions transactions, RunComplianceCheck run,
                 UserDetailsService users) {
    }

    /** What was set up: the process as defined, its quarter and the check of it. */
    record Checked(Process process, Period.Quarter quarter, CheckId check) {

        String code() {
            return process.code().value();
        }
    }

    private record Event(String caseId, String step, String role, Duration after) {
    }

    private final String code;
    private final BilingualName name;
    private final Duration caseLimit;
    private final List<ProcessStep> steps = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    /** A process coded {@code prefix_<random>}, each case to end within {@code caseLimit}. */
    CheckedProcess(String prefix, BilingualName name, Duration caseLimit) {
        this.code = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toUpperCase(Locale.ROOT);
        this.name = name;
        this.caseLimit = caseLimit;
    }

    /** A mandatory step, done by {@code role}, within {@code limit} of the previous one (null: none). */
    CheckedProcess step(String stepCode, BilingualName stepName, String role, Duration limit) {
        steps.add(new ProcessStep(new StepCode(stepCode), stepName, true, Set.of(role), Optional.ofNullable(limit)));
        return this;
    }

    /** An event of a case, {@code after} the first day's 09:00. */
    CheckedProcess event(String caseId, String step, String role, Duration after) {
        events.add(new Event(caseId, step, role, after));
        return this;
    }

    /** Defines the process, records the events on the {@code day}-th day of a quarter of its own and checks it. */
    Checked checkedOnDay(int day, int quarterOfYear, Ports ports) {
        var quarter = new Period.Quarter(2030 + ThreadLocalRandom.current().nextInt(70), quarterOfYear);
        var version = new ProcessVersion(1, LocalDate.of(2000, 1, 1), steps, Optional.of(caseLimit),
                Set.of(steps.getLast().code()), LimitBasis.CALENDAR);
        var t0 = quarter.firstDay().plusDays(day).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        return new SignedIn(ports.users()).as("manager", () -> {
            var defined = ports.manual().save(Process.define(new ProcessCode(code), name, version));
            ports.transactions().run(() -> {
                try (var batch = ports.records().begin(code + ".csv", "manager")) {
                    for (var event : events) {
                        batch.add(event.caseId(), code, event.step(), event.role(), t0.plus(event.after()));
                    }
                    batch.commit();
                }
            });
            var check = ports.run().run(quarter, Optional.of(new ProcessCode(code)));
            return new Checked(defined, quarter, check);
        });
    }
}
