package dev.opscharter.application.compliance.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.ActionOrigin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Rectification (整改): findings of a compliance check become corrective actions, worked on by their
 * owner and verified by an operations manager. Who may take which step is decided here and in
 * {@link dev.opscharter.domain.compliance.CorrectiveAction}, whatever the screen offered.
 */
public interface ManageCorrectiveActions {

    /**
     * An operations manager raises an action for a finding and assigns it, once per request: the same
     * {@code request} again answers the action it raised and notifies nobody again.
     */
    CorrectiveActionId create(RequestKey request, NewCorrectiveAction draft);

    /** For a caller that never repeats a request (seeding, tests). */
    default CorrectiveActionId create(NewCorrectiveAction draft) {
        return create(RequestKey.fresh(), draft);
    }

    /** The manager hands the action to another owner and/or moves its due date. */
    void reassign(CorrectiveActionId id, String owner, LocalDate dueOn, long version);

    void recordRootCause(CorrectiveActionId id, String rootCause, long version);

    /** Stores the file and adds it to the action's evidence; returns the attachment id. */
    UUID attachEvidence(CorrectiveActionId id, String fileName, String contentType, byte[] content);

    void start(CorrectiveActionId id, long version);

    void submit(CorrectiveActionId id, String note, long version);

    void verify(CorrectiveActionId id, long version);

    void close(CorrectiveActionId id, long version);

    void reopen(CorrectiveActionId id, String reason, long version);

    /**
     * The user names an action can be assigned to, sorted: every enabled account except internal
     * auditors'. For the manager who raises or reassigns actions.
     */
    List<String> possibleOwners();

    /** @param rootCause may be empty: the owner usually finds it later */
    /** @param origin a check's finding, or the incident whose post-mortem raised it */
    record NewCorrectiveAction(ActionOrigin origin, String findingDescription, int caseCount, String title,
                               String owner, LocalDate dueOn, String rootCause) {
    }
}
