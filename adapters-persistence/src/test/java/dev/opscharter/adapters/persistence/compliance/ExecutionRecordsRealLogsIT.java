package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceTestApplication;
import dev.opscharter.adapters.persistence.testing.TestDatabaseInitializer;
import dev.opscharter.application.compliance.fakes.PlainCsvFiles;
import dev.opscharter.application.compliance.StoredProcess;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportProgress;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.service.ExecutionRecordImport;
import dev.opscharter.application.compliance.port.out.ImportRuns;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.fakes.InMemoryProcessedRequests;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.application.shared.fakes.FixedActor;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four real process-mining logs of {@code shared/data/event-logs} (README there) import without
 * error through the use case into their own database, with exactly the README's event and case
 * counts; importing them again adds nothing. The directory is taken from the system property
 * {@code opscharter.event-logs}, else {@code ../../shared/data/event-logs}; the test is skipped when
 * it is absent.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = ExecutionRecordsRealLogsIT.OwnDatabase.class)
class ExecutionRecordsRealLogsIT {

    static class OwnDatabase extends TestDatabaseInitializer {
        OwnDatabase() {
            super("execution_real_logs");
        }
    }

    record Log(String file, String process, long cases, long events) {
    }

    static final List<Log> LOGS = List.of(
            new Log("road_traffic_fines.csv.gz", "TRAFFIC_FINE", 150_370, 561_470),
            new Log("bpic2012_loan_application.csv.gz", "LOAN_APPLICATION", 13_087, 262_200),
            new Log("bpic2013_incidents.csv", "IT_INCIDENT", 7_554, 65_533),
            new Log("receipt_permit.csv", "RECEIPT", 1_434, 8_577));

    @Autowired
    private ExecutionRecords records;
    @Autowired
    private Transactions transactions;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private ImportRuns importRuns;

    private Path directory;
    private ImportExecutionRecords imports;

    @BeforeEach
    void findTheLogs() {
        var configured = System.getProperty("opscharter.event-logs");
        var candidates = configured != null ? List.of(configured)
                : List.of("../../shared/data/event-logs", "/work/shared/data/event-logs");
        directory = candidates.stream().map(c -> Path.of(c).toAbsolutePath().normalize())
                .filter(d -> LOGS.stream().allMatch(log -> Files.isReadable(d.resolve(log.file()))))
                .findFirst().orElse(Path.of(candidates.getFirst()));
        boolean present = Files.isDirectory(directory)
                && LOGS.stream().allMatch(log -> Files.isReadable(directory.resolve(log.file())));
        // on the project's machines (and so in CI) the logs are always there: missing them is a failure
        if (System.getenv("CI") != null) {
            Assertions.assertTrue(present, "the real event logs are not at " + candidates);
        }
        Assumptions.assumeTrue(present, "the real event logs are not at " + candidates
                + " (set -Dopscharter.event-logs=<dir>): skipping the real-log import");
        var actor = FixedActor.as("李专员", Role.OPS_SPECIALIST);
        imports = new ExecutionRecordImport(records, new UseCase(transactions, actor, auditLog,
                new InMemoryProcessedRequests(), new BusinessCalendar(Clock.systemUTC(), () -> ZoneOffset.UTC)),
                importRuns, new RunHeartbeat("test", Duration.ofSeconds(10), Duration.ofMinutes(2), Clock.systemUTC()),
                new PlainCsvFiles());
    }

    @Test
    void the_four_real_logs_import_with_the_readmes_counts_and_a_re_import_adds_nothing() throws IOException {
        for (var log : LOGS) {
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(directory.resolve(log.file()))) {
                var summary = imports.importRecords(in, log.file(), ImportProgress.NONE);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("%s: %,d events in %.1f s (%,.0f events/s)%n", log.file(), summary.received(),
                        seconds, summary.received() / seconds);
                assertThat(summary.received()).as(log.file()).isEqualTo(log.events());
                assertThat(summary.added()).as(log.file()).isEqualTo(log.events());
                assertThat(summary.processes()).containsExactly(log.process());
            }
        }
        Map<String, StoredProcess> stored = records.storedProcesses().stream()
                .collect(Collectors.toMap(StoredProcess::processCode, p -> p));
        for (var log : LOGS) {
            assertThat(stored.get(log.process()).cases()).as(log.process()).isEqualTo(log.cases());
            assertThat(stored.get(log.process()).events()).as(log.process()).isEqualTo(log.events());
        }
        var fines = stored.get("TRAFFIC_FINE");
        assertThat(fines.firstAt()).isEqualTo(Instant.parse("1999-12-31T23:00:00Z"));
        assertThat(fines.lastAt()).isEqualTo(Instant.parse("2013-06-17T22:00:00Z"));
        long cases = records.processesStartingIn(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).stream()
                .mapToLong(ExecutionRecords.ProcessCount::cases).sum();
        assertThat(cases).isEqualTo(LOGS.stream().mapToLong(Log::cases).sum());

        for (var log : LOGS) {
            try (InputStream in = Files.newInputStream(directory.resolve(log.file()))) {
                var again = imports.importRecords(in, log.file(), ImportProgress.NONE);
                assertThat(again.added()).as(log.file()).isZero();
                assertThat(again.alreadyStored()).as(log.file()).isEqualTo(log.events());
            }
        }
        assertThat(records.eventCount()).isEqualTo(LOGS.stream().mapToLong(Log::events).sum());
    }
}
