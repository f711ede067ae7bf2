package dev.opscharter.bootstrap.config;

import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.domain.shared.AuditEntry;
import org.springframework.boot.SpringApplication;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The real application, started as a child process by {@link DatabaseSurvivesKillIT}, plus one
 * test-only hook: on the line {@code write} from its standard input it records audit entries, one
 * use-case transaction each, without end, and prints {@code confirmed <id>} for each only after its
 * commit has returned — what a user sees as "saved". The parent kills it somewhere in that stream.
 */
public final class ConfirmingApplication {

    static final String CONFIRMED = "confirmed ";

    private ConfirmingApplication() {
    }

    public static void main(String[] args) throws Exception {
        var context = SpringApplication.run(OpsCharterApplication.class, args);
        var transactions = context.getBean(Transactions.class);
        var auditLog = context.getBean(AuditLog.class);
        var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String command;
        while ((command = commands.readLine()) != null) {
            if (command.equals("write")) {
                while (true) {
                    var id = UUID.randomUUID();
                    transactions.run(() -> auditLog.record(new AuditEntry(id, Instant.now(), "fault-test",
                            "FAULT_TEST", id.toString(), AuditEntry.AuditAction.CREATE, List.of())));
                    System.out.println(CONFIRMED + id);
                    System.out.flush();
                }
            }
        }
    }
}
