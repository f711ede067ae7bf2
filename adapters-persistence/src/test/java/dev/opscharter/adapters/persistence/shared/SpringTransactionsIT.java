package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transaction boundary of the use cases: a change and its audit entry commit together or not at all. */
@PersistenceIntegrationTest
class SpringTransactionsIT {

    @Autowired
    private Transactions transactions;

    @Autowired
    private Departments departments;

    @Autowired
    private AuditLog auditLog;

    @Autowired
    private JdbcClient jdbc;

    private static Department newDepartment() {
        var token = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        return Department.create(new DepartmentCode("TX" + token), new BilingualName("事务部" + token, "Tx " + token),
                DepartmentKind.FUNCTIONAL);
    }

    private static AuditEntry creationOf(Department department) {
        return AuditEntry.of(Instant.parse("2026-02-01T00:00:00Z"), Actor.SYSTEM, "Department",
                department.id().toString(), department.code().value(), AuditAction.CREATE, Map.of(), department.snapshot());
    }

    private int auditEntriesAbout(Department department) {
        return auditLog.count(new AuditFilter(Optional.empty(), Optional.empty(),
                Optional.of(department.id().toString()), Optional.empty(), Optional.empty()));
    }

    private long changesOf(AuditEntry entry) {
        return jdbc.sql("select count(*) from audit_change where entry_id = :id").param("id", entry.id())
                .query(Long.class).single();
    }

    @Test
    void committed_work_keeps_the_change_and_its_audit_entry() {
        var department = newDepartment();
        var audit = creationOf(department);

        var saved = transactions.inTransaction(() -> {
            var stored = departments.save(department);
            auditLog.record(audit);
            return stored;
        });

        assertThat(departments.byId(department.id())).contains(saved);
        assertThat(auditEntriesAbout(department)).isEqualTo(1);
        assertThat(changesOf(audit)).isEqualTo(audit.changes().size()).isPositive();
    }

    @Test
    void work_that_fails_leaves_neither_the_change_nor_its_audit_entry_behind() {
        var department = newDepartment();
        var audit = creationOf(department);

        assertThatThrownBy(() -> transactions.run(() -> {
            departments.save(department);
            auditLog.record(audit);
            throw new IllegalStateException("the use case failed after writing");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the use case failed after writing");

        assertThat(departments.byId(department.id())).isEmpty();
        assertThat(auditEntriesAbout(department)).isZero();
        assertThat(changesOf(audit)).isZero();
    }

    @Test
    void a_nested_call_joins_the_outer_transaction_and_rolls_back_with_it() {
        var inner = newDepartment();
        var outer = newDepartment();

        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.run(() -> departments.save(inner));
            departments.save(outer);
            throw new IllegalStateException("outer failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(departments.byId(inner.id())).isEmpty();
        assertThat(departments.byId(outer.id())).isEmpty();
    }

    @Test
    void read_only_work_cannot_write() {
        var department = newDepartment();

        assertThatThrownBy(() -> transactions.readOnly(() -> departments.save(department)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("read-only");
        assertThat(departments.byId(department.id())).isEmpty();
    }

    @Test
    void read_only_work_sees_one_snapshot_even_when_others_commit_meanwhile() {
        var committedMeanwhile = newDepartment();

        var counts = transactions.readOnly(() -> {
            int before = departments.all().size();
            CompletableFuture.runAsync(() -> transactions.run(() -> departments.save(committedMeanwhile))).join();
            int after = departments.all().size();
            boolean seen = departments.byId(committedMeanwhile.id()).isPresent();
            return new int[] {before, after, seen ? 1 : 0};
        });

        assertThat(counts[1]).isEqualTo(counts[0]);
        assertThat(counts[2]).isZero();
        assertThat(departments.byId(committedMeanwhile.id())).isPresent();
    }
}
