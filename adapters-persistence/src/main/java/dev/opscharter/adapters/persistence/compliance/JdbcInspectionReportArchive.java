package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.InspectionReportArchive;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.compliance.CheckId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Kept inspection reports in {@code compliance_check_report} (V10). A second file for the same check
 * and format is ignored ({@code on conflict do nothing}), so the first one written stays; the table's
 * trigger refuses updates and deletes while the check exists and keeps reports of closed checks only.
 */
@Component
class JdbcInspectionReportArchive implements InspectionReportArchive {

    private final JdbcClient jdbc;

    JdbcInspectionReportArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean keep(KeptReport report) {
        return jdbc.sql("""
                        insert into compliance_check_report (check_id, format, file_name, content, sha256, generated_at)
                        values (:check, :format, :fileName, :content, :sha256, :generatedAt)
                        on conflict (check_id, format) do nothing""")
                .param("check", report.check().value())
                .param("format", report.format().name())
                .param("fileName", report.fileName())
                .param("content", report.content())
                .param("sha256", report.sha256())
                .param("generatedAt", report.generatedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    @Override
    public Optional<KeptReport> kept(CheckId check, DocumentFormat format) {
        return jdbc.sql("""
                        select file_name, content, sha256, generated_at from compliance_check_report
                        where check_id = :check and format = :format""")
                .param("check", check.value())
                .param("format", format.name())
                .query((rs, row) -> new KeptReport(check, format, rs.getString("file_name"), rs.getBytes("content"),
                        rs.getString("sha256"), rs.getObject("generated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
