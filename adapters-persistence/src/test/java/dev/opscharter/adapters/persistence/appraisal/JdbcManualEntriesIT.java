package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.AT;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.freshQuarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcManualEntriesIT extends ManualEntriesContract {

    @Autowired
    private ManualEntries manualEntries;

    @Autowired
    private Attachments attachments;

    @Override
    protected ManualEntries manualEntries() {
        return manualEntries;
    }

    @Override
    protected UUID anAttachment() {
        var file = new StoredFile(UUID.randomUUID(), "evidence.pdf", "application/pdf", new byte[]{37, 80, 68, 70});
        attachments.store(file, "王运营");
        return file.id();
    }

    @Test
    void a_figure_keeps_its_scale_exactly() {
        var entry = new ManualEntry(Part.CORE_TARGET_ATTAINMENT, freshQuarter(),
                new Measurement.Amount(new BigDecimal("95.5000")),
                new Provenance.Manual("财务报表", Optional.empty(), "王运营", AT), 0);

        manualEntries.save(entry);

        assertThat(manualEntries.find(entry.part(), entry.period()).orElseThrow().measurement())
                .isEqualTo(new Measurement.Amount(new BigDecimal("95.5000")));
    }

    @Test
    void the_entry_time_is_kept_to_the_microsecond_and_save_returns_what_a_load_returns() {
        var entry = new ManualEntry(Part.RISK_INCIDENCE, freshQuarter(), new Measurement.Amount(new BigDecimal("1")),
                new Provenance.Manual("风险台账", Optional.empty(), "王运营",
                        Instant.parse("2026-10-01T00:00:00.123456789Z")), 0);

        var saved = manualEntries.save(entry);

        assertThat(saved.provenance().enteredAt()).isEqualTo(Instant.parse("2026-10-01T00:00:00.123456Z"));
        assertThat(manualEntries.find(entry.part(), entry.period())).contains(saved);
    }

    @Test
    void an_entry_citing_a_file_that_does_not_exist_is_refused() {
        var entry = new ManualEntry(Part.RISK_INCIDENCE, freshQuarter(), new Measurement.Amount(new BigDecimal("1")),
                new Provenance.Manual("风险台账", Optional.of(UUID.randomUUID()), "王运营", AT), 0);

        assertThatThrownBy(() -> manualEntries.save(entry)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(manualEntries.find(entry.part(), entry.period())).isEmpty();
    }
}
