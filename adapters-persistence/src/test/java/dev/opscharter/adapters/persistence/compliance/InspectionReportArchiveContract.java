package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.InspectionReportArchive;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive.KeptReport;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.compliance.CheckId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link InspectionReportArchive} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class InspectionReportArchiveContract {

    static final Instant GENERATED = Instant.parse("2026-07-10T02:00:00.123456Z");

    protected abstract InspectionReportArchive archive();

    /** A check that exists and is closed, so that its report may be kept. */
    protected abstract CheckId closedCheck();

    static byte[] bytes(int length, int seed) {
        var content = new byte[length];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + seed);
        }
        return content;
    }

    @Test
    void a_kept_report_comes_back_byte_for_byte_with_its_sha256() {
        var check = closedCheck();
        var pdf = KeptReport.of(check, DocumentFormat.PDF, "inspection-report-2026-Q2-all.pdf", bytes(70_000, 1),
                GENERATED);

        assertThat(archive().keep(pdf)).isTrue();

        var kept = archive().kept(check, DocumentFormat.PDF).orElseThrow();
        assertThat(kept.content()).isEqualTo(pdf.content());
        assertThat(kept.sha256()).isEqualTo(KeptReport.sha256(pdf.content())).isEqualTo(pdf.sha256());
        assertThat(kept.fileName()).isEqualTo("inspection-report-2026-Q2-all.pdf");
        assertThat(kept.generatedAt()).isEqualTo(GENERATED);
        assertThat(kept.check()).isEqualTo(check);
        assertThat(kept.format()).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void each_format_is_kept_on_its_own() {
        var check = closedCheck();
        archive().keep(KeptReport.of(check, DocumentFormat.EXCEL, "r.xlsx", bytes(10, 2), GENERATED));

        assertThat(archive().kept(check, DocumentFormat.PDF)).isEmpty();
        assertThat(archive().kept(check, DocumentFormat.EXCEL)).hasValueSatisfying(r ->
                assertThat(r.content()).isEqualTo(bytes(10, 2)));
    }

    @Test
    void a_second_file_for_the_same_check_and_format_is_turned_away_and_the_first_stays() {
        var check = closedCheck();
        var first = KeptReport.of(check, DocumentFormat.PDF, "first.pdf", bytes(100, 3), GENERATED);
        archive().keep(first);

        var second = KeptReport.of(check, DocumentFormat.PDF, "second.pdf", bytes(100, 4), GENERATED.plusSeconds(60));

        assertThat(archive().keep(second)).isFalse();
        var kept = archive().kept(check, DocumentFormat.PDF).orElseThrow();
        assertThat(kept.fileName()).isEqualTo("first.pdf");
        assertThat(kept.content()).isEqualTo(first.content());
        assertThat(kept.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void a_check_without_a_kept_report_has_none() {
        assertThat(archive().kept(closedCheck(), DocumentFormat.EXCEL)).isEmpty();
        assertThat(archive().kept(CheckId.random(), DocumentFormat.PDF)).isEmpty();
    }
}
