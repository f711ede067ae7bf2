package dev.opscharter.bootstrap.fault;

import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.ImportedVersion;
import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportProgress;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords;
import dev.opscharter.application.compliance.port.in.ManageProcessManual;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Test only: the real application, started as a child process by {@link CrashRecoveryIT}, runs the
 * commands of {@code opscharter.fault.command} (separated by {@code ;}) once it has started — after
 * the start-up runners, the recovery of interrupted runs among them — through the real use cases, as
 * the system: {@code manual} (one process, {@value #PROCESS}), {@code import:<file>} and
 * {@code check:<period>}. The commands run on a thread of their own, so the application is up while
 * they run, as it would be for a user's import or check.
 */
@Component
@ConditionalOnProperty("opscharter.fault.command")
@Order(Ordered.LOWEST_PRECEDENCE)
class FaultCommand implements ApplicationRunner {

    static final String PROCESS = "FAULT_DEMO";
    private static final Logger log = LoggerFactory.getLogger(FaultCommand.class);

    private final String command;
    private final ManageProcessManual manual;
    private final ImportExecutionRecords imports;
    private final RunComplianceCheck checks;

    FaultCommand(@Value("${opscharter.fault.command}") String command, ManageProcessManual manual,
                 ImportExecutionRecords imports, RunComplianceCheck checks) {
        this.command = command;
        this.manual = manual;
        this.imports = imports;
        this.checks = checks;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofPlatform().name("fault-command").start(() -> {
            for (var part : command.split(";")) {
                log.info("fault command {}", part);
                SystemTasks.asSystem(() -> execute(part.strip()));
                log.info("fault command {} done", part);
            }
        });
    }

    private void execute(String part) {
        if (part.equals("manual")) {
            manual.importManual(List.of(process()));
        } else if (part.startsWith("import:")) {
            var file = Path.of(part.substring("import:".length()));
            try (var in = Files.newInputStream(file)) {
                imports.importRecords(in, file.getFileName().toString(), ImportProgress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (part.startsWith("check:")) {
            checks.run(Period.parse(part.substring("check:".length())), Optional.empty());
        } else {
            throw new IllegalArgumentException("unknown fault command " + part);
        }
    }

    /** OPEN by a clerk, WORK by an agent within 48 hours, CLOSE by an agent; five days end to end. */
    private static ImportedProcess process() {
        var steps = List.of(
                new ProcessStep(new StepCode("OPEN"), new BilingualName("受理", "Open"), true, Set.of("CLERK"),
                        Optional.empty()),
                new ProcessStep(new StepCode("WORK"), new BilingualName("处理", "Work"), true, Set.of("AGENT"),
                        Optional.of(Duration.ofHours(48))),
                new ProcessStep(new StepCode("CLOSE"), new BilingualName("结案", "Close"), true, Set.of("AGENT"),
                        Optional.empty()));
        var version = new VersionDraft(LocalDate.of(2026, 1, 1), LimitBasis.CALENDAR, Optional.of(Duration.ofDays(5)),
                steps, Set.of(new StepCode("CLOSE")));
        return new ImportedProcess(0, new ProcessCode(PROCESS), new BilingualName("故障演练", "Fault drill"),
                List.of(new ImportedVersion(0, version)));
    }
}
