package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.domain.compliance.ActionEvent;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;

/** Between {@link CorrectiveAction} and its rows. */
final class CorrectiveActionMapper {

    private CorrectiveActionMapper() {
    }

    static CorrectiveActionRow toRow(CorrectiveAction action) {
        var finding = action.finding();
        return new CorrectiveActionRow(action.id().value(), finding.checkId(), finding.periodKey(),
                finding.processCode(), finding.type().name(), finding.step(), action.findingDescription(),
                action.caseCount(), action.title(), action.owner(), action.dueOn(), action.rootCause(), action.note(),
                action.status().name(), action.assignedBy(), action.createdAt(),
                action.evidence().stream().map(CorrectiveActionEvidenceRow::new).toList(),
                action.history().stream().map(e -> new CorrectiveActionEventRow(e.at(), e.by(), e.kind().name(),
                        e.remark())).toList(),
                action.version());
    }

    static CorrectiveAction toDomain(CorrectiveActionRow row) {
        var finding = new FindingRef(row.checkId(), row.periodKey(), row.processCode(),
                DeviationType.valueOf(row.deviationType()), row.stepCode());
        return CorrectiveAction.reconstitute(new CorrectiveActionId(row.id()), finding, row.findingDescription(),
                row.caseCount(), row.title(), row.owner(), row.dueOn(), row.rootCause(),
                row.evidence().stream().map(CorrectiveActionEvidenceRow::attachmentId).toList(), row.note(),
                ActionStatus.valueOf(row.status()), row.assignedBy(), row.createdAt(),
                row.events().stream().map(e -> new ActionEvent(e.occurredAt(), e.byUser(),
                        ActionEvent.Kind.valueOf(e.kind()), e.remark())).toList(),
                row.version());
    }
}
