package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.fakes.InMemoryScorecardApprovals;
import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;

import java.util.UUID;

class ScorecardApprovalsFakeTest extends ScorecardApprovalsContract {

    private final ScorecardApprovals approvals = new InMemoryScorecardApprovals();

    @Override
    protected ScorecardApprovals approvals() {
        return approvals;
    }

    @Override
    protected UUID anAttachment() {
        return UUID.randomUUID();
    }
}
