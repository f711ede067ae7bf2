package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.compliance.StoredProcess;
import dev.opscharter.domain.compliance.CaseEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The step events of the cases the business ran, as imported. Imports are all-or-nothing and
 * idempotent (an event already stored is not stored again); reads stream case by case so that a
 * quarter of millions of events never sits in memory at once.
 */
public interface ExecutionRecords {

    /**
     * Starts an import; nothing is visible to others until {@link Batch#commit()}. Called inside the
     * use case's transaction, the batch joins it: its events and whatever else the transaction writes
     * (the audit entry) commit together or not at all.
     */
    Batch begin(String source, String importedBy);

    /**
     * After an import that added events has committed, outside any transaction: lets the store settle
     * what it received (for PostgreSQL: vacuum and fresh statistics, so that the check reads the new
     * events from the index alone). Nothing changes for readers.
     */
    void settle();

    /**
     * Every case of {@code processCode} whose first event falls in [{@code from}, {@code to}), by
     * first event (then case id), each with all its events by time (ties in recorded order). The
     * handler may keep the list it is given.
     */
    void forEachCase(String processCode, Instant from, Instant to, CaseHandler handler);

    /** The processes named by cases whose first event falls in [from, to), with their cases and events. */
    List<ProcessCount> processesStartingIn(Instant from, Instant to);

    /**
     * As {@link #processesStartingIn(Instant, Instant)}, without the processes {@code except} names: a
     * check reads the cases of the processes it knows anyway, and counting them first cost it a tenth
     * of its time.
     */
    default List<ProcessCount> processesStartingIn(Instant from, Instant to, Set<String> except) {
        return processesStartingIn(from, to).stream().filter(count -> !except.contains(count.processCode())).toList();
    }

    Optional<List<CaseEvent>> caseEvents(String processCode, String caseId);

    /**
     * Some events of a case in recorded order: {@code limit} from {@code offset} on (empty past its end
     * or for no such case). A case may hold a million events; only the page is read.
     */
    List<CaseEvent> caseEvents(String processCode, String caseId, long offset, int limit);

    /** How many events a case holds; 0: no such case. */
    int caseEventCount(String processCode, String caseId);

    long eventCount();

    /** Every process with stored events, by process code: cases, events, first and last event. */
    List<StoredProcess> storedProcesses();

    /** One import in progress. */
    interface Batch extends AutoCloseable {

        /**
         * A valid event (values checked by the caller; {@code occurredAt} at most microsecond
         * precision). Events are not kept in memory: the batch streams them to its store.
         */
        void add(String caseId, String processCode, String stepCode, String actorRole, Instant occurredAt);

        /**
         * Stores what was added and returns how many events were new and how many were already
         * stored (an event twice in one batch counts once as added, once as already stored). The
         * cases' summaries (first and last event, event count) are brought up to date.
         */
        Imported commit();

        /** Without a commit, discards everything added. */
        @Override
        void close();
    }

    @FunctionalInterface
    interface CaseHandler {
        void handle(String caseId, List<CaseEvent> events);
    }

    record Imported(long received, long added, long alreadyStored, Set<String> processCodes) {
    }

    record ProcessCount(String processCode, long cases, long events) {
    }
}
