package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.appraisal.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.AT;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.freshQuarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcScorecardApprovalsIT extends ScorecardApprovalsContract {

    @Autowired
    private ScorecardApprovals approvals;

    @Autowired
    private Attachments attachments;

    @Autowired
    private Transactions transactions;

    @Override
    protected ScorecardApprovals approvals() {
        return approvals;
    }

    @Override
    protected UUID anAttachment() {
        var file = new StoredFile(UUID.randomUUID(), "evidence.pdf", "application/pdf", new byte[]{37, 80, 68, 70});
        attachments.store(file, "王运营");
        return file.id();
    }

    @Test
    void many_evidence_records_round_trip_in_order() {
        var quarter = freshQuarter();
        var evidence = new ArrayList<Provenance.Evidence>();
        for (int i = 0; i < 500; i++) {
            evidence.add(new Provenance.Evidence("员工 " + i, "evidence.stayed", List.of(Integer.toString(i), "x")));
        }
        var approval = new ScorecardApproval(quarter, 1, List.of(new PartValue(Part.CORE_STAFF_RETENTION, quarter,
                Measurement.Ratio.of(500, 500), new Provenance.FromRecords("people", evidence))), Status.PASS,
                "李总监", AT, "");

        approvals.add(approval);

        assertThat(approvals.of(quarter)).contains(approval);
    }

    @Test
    void a_frozen_value_citing_a_file_that_does_not_exist_keeps_nothing_of_the_approval() {
        var quarter = freshQuarter();
        var approval = new ScorecardApproval(quarter, 1, List.of(new PartValue(Part.CORE_TARGET_ATTAINMENT, quarter,
                new Measurement.Amount(new BigDecimal("96")),
                new Provenance.Manual("报表", Optional.of(UUID.randomUUID()), "王运营", AT))), Status.PASS, "李总监",
                AT, "");

        assertThatThrownBy(() -> transactions.run(() -> approvals.add(approval)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(approvals.of(quarter)).isEmpty();
    }
}
