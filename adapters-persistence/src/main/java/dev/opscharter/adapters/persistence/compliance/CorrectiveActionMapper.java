package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.domain.compliance.ActionEvent;
import dev.opscharter.domain.compliance.ActionOrigin;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.IncidentRef;

import java.util.Objects;

/** Between {@link CorrectiveAction} and its rows. */
final class CorrectiveActionMapper {

    private CorrectiveActionMapper() {
    }

    static CorrectiveActionRow toRow(CorrectiveAction action) {
        var finding = action.finding();
        var incident = action.origin() instanceof IncidentRef ref ? ref.incidentId() : null;
        return new CorrectiveActionRow(action.id().value(), finding.map(FindingRef::checkId).orElse(null),
                action.origin().periodKey(), finding.map(FindingRef::processCode).orElse(null),
                finding.map(f -> f.type().name()).orElse(null), finding.map(FindingRef::step).orElse(null), incident,
                action.findingDescription(),
                action.caseCount(), action.title(), action.owner(), action.dueOn(), action.rootCause(), action.note(),
                action.status().name(), action.assignedBy(), action.createdAt(),
                action.evidence().stream().map(CorrectiveActionEvidenceRow::new).toList(),
                action.history().stream().map(e -> new CorrectiveActionEventRow(e.at(), e.by(), e.kind().name(),
                        e.remark())).toList(),
                action.version());
    }

    static CorrectiveAction toDomain(CorrectiveActionRow row) {
        ActionOrigin origin = row.incidentId() != null ? new IncidentRef(row.incidentId(), row.periodKey())
                : new FindingRef(row.checkId(), row.periodKey(), Objects.requireNonNull(row.processCode()),
                DeviationType.valueOf(Objects.requireNonNull(row.deviationType())), row.stepCode());
        return CorrectiveAction.reconstitute(new CorrectiveActionId(row.id()), origin, row.findingDescription(),
                row.caseCount(), row.title(), row.owner(), row.dueOn(), row.rootCause(),
                row.evidence().stream().map(CorrectiveActionEvidenceRow::attachmentId).toList(), row.note(),
                ActionStatus.valueOf(row.status()), row.assignedBy(), row.createdAt(),
                row.events().stream().map(e -> new ActionEvent(e.occurredAt(), e.byUser(),
                        ActionEvent.Kind.valueOf(e.kind()), e.remark())).toList(),
                row.version());
    }
}
