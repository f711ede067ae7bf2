package dev.opscharter.application.compliance.port.in;

import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.FindingRef;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.ActionStep;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading corrective actions. Operations managers, the director and auditors read every action;
 * anyone else the actions they own. Lists are newest first.
 */
public interface CorrectiveActionQueries {

    /** The actions the current user owns. */
    List<CorrectiveAction> mine();

    /** Every action (managers, the director, auditors). */
    List<CorrectiveAction> all();

    /**
     * A page of the visible actions the filter finds, sorted in the database by the page's keys
     * ({@code title}, {@code owner}, {@code dueOn}, {@code status}, {@code createdAt}), then newest first.
     */
    List<CorrectiveAction> find(ActionFilter filter, PageRequest page);

    /** How many visible actions the filter finds. */
    long count(ActionFilter filter);

    /**
     * @param mineOnly    only the current user's own (anyone but managers, the director and auditors
     *                    sees only their own anyway)
     * @param overdueOnly only those overdue today
     */
    record ActionFilter(boolean mineOnly, Optional<ActionStatus> status, boolean overdueOnly) {
    }

    /** The visible actions raised for this finding (same check, or same period without one). */
    List<CorrectiveAction> byFinding(FindingRef finding);

    /** The visible actions past their due date while still open or in progress, most overdue first. */
    List<CorrectiveAction> overdue();

    CorrectiveAction get(CorrectiveActionId id);

    /**
     * What asks for the current user's attention in rectification: the actions in their hands (open
     * or in progress), how many of those are overdue, and, for an operations manager, the submitted
     * actions waiting for verification.
     */
    Attention attention();

    record Attention(int inMyHands, int myOverdue, int toVerify) {
    }

    /** Today in the organization's time zone: what "overdue" is measured against. */
    LocalDate today();

    /** The file names of the action's evidence, by attachment id. */
    Map<UUID, String> evidenceNames(CorrectiveActionId id);

    /** An evidence file of a visible action. */
    StoredFile evidence(CorrectiveActionId id, UUID attachment);

    /** Whether the same deviation (process, type, step) was found again by a check of the next period. */
    Recurrence recurrence(FindingRef finding);

    sealed interface Recurrence {

        /** No check of the next period has completed yet. */
        record NotYetChecked(String periodKey) implements Recurrence {
        }

        /** The next period's check found the same deviation again. */
        record Recurred(FindingRef later, String description, long cases) implements Recurrence {
        }

        /** The next period's check did not find it. */
        record Cleared(UUID checkId, String periodKey) implements Recurrence {
        }
    }

    /**
     * A visible action with the steps the current user may take on it, as the action's rules answer
     * them; none for internal audit, which changes no action.
     */
    WithSteps<CorrectiveAction, ActionStep> detail(CorrectiveActionId id);
}
