package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.adapters.persistence.testing.TestDatabase;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive.KeptReport;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.compliance.CheckId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.Optional;

import static dev.opscharter.adapters.persistence.compliance.ComplianceChecksContract.freshProcess;
import static dev.opscharter.adapters.persistence.compliance.ComplianceChecksContract.someQuarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive on PostgreSQL, and what the table itself refuses whoever writes to it, even its
 * owner: changing or removing a kept report while its check exists, keeping a report of an open
 * check, a SHA-256 that is not that of the content. (The application's role may not even try to
 * change or remove one: {@code ApplicationRolePrivilegesIT}.)
 */
@PersistenceIntegrationTest
class JdbcInspectionReportArchiveIT extends InspectionReportArchiveContract {

    @Autowired
    private InspectionReportArchive archive;

    @Autowired
    private ComplianceChecks checks;

    @Autowired
    private JdbcClient jdbc;

    private final JdbcClient owner = JdbcClient.create(TestDatabase.ownerDataSource());

    @Override
    protected InspectionReportArchive archive() {
        return archive;
    }

    @Override
    protected CheckId closedCheck() {
        var check = checks.open(someQuarter(), Optional.of(freshProcess()));
        checks.close(check.id(), "manager", Instant.parse("2026-07-10T01:00:00Z"));
        return check.id();
    }

    private CheckId keptPdf() {
        var check = closedCheck();
        archive.keep(KeptReport.of(check, DocumentFormat.PDF, "kept.pdf", bytes(500, 7), GENERATED));
        return check;
    }

    @Test
    void the_database_refuses_to_change_a_kept_report() {
        var check = keptPdf();

        assertThatThrownBy(() -> owner.sql("update compliance_check_report set content = :content, sha256 = :sha "
                        + "where check_id = :check")
                .param("content", bytes(500, 8)).param("sha", KeptReport.sha256(bytes(500, 8)))
                .param("check", check.value()).update())
                .hasMessageContaining("is kept as it was: no update");
        assertThatThrownBy(() -> owner.sql("update compliance_check_report set file_name = 'other.pdf' "
                + "where check_id = :check").param("check", check.value()).update())
                .hasMessageContaining("no update");

        assertThat(archive.kept(check, DocumentFormat.PDF).orElseThrow().content()).isEqualTo(bytes(500, 7));
    }

    @Test
    void the_database_refuses_to_delete_a_kept_report_while_its_check_exists() {
        var check = keptPdf();

        assertThatThrownBy(() -> owner.sql("delete from compliance_check_report where check_id = :check")
                .param("check", check.value()).update())
                .hasMessageContaining("is kept as it was: no delete");

        assertThat(archive.kept(check, DocumentFormat.PDF)).isPresent();
    }

    @Test
    void deleting_the_check_itself_takes_its_reports_along() {
        var check = keptPdf();

        jdbc.sql("delete from compliance_check where id = :check").param("check", check.value()).update();

        assertThat(jdbc.sql("select count(*) from compliance_check_report where check_id = :check")
                .param("check", check.value()).query(Long.class).single()).isZero();
    }

    @Test
    void the_database_keeps_no_report_of_an_open_check() {
        var open = checks.open(someQuarter(), Optional.of(freshProcess()));

        assertThatThrownBy(() -> archive.keep(KeptReport.of(open.id(), DocumentFormat.PDF, "draft.pdf", bytes(10, 1),
                GENERATED))).hasMessageContaining("is not closed");
        assertThat(archive.kept(open.id(), DocumentFormat.PDF)).isEmpty();
    }

    @Test
    void the_database_refuses_a_sha256_that_is_not_that_of_the_content() {
        var check = closedCheck();
        var wrong = new KeptReport(check, DocumentFormat.EXCEL, "r.xlsx", bytes(10, 1), KeptReport.sha256(bytes(10, 2)),
                GENERATED);

        assertThatThrownBy(() -> archive.keep(wrong)).hasMessageContaining("compliance_check_report_sha256_of_content");
    }
}
