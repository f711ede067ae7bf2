package dev.opscharter.application.shared;

import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.Permission;
import dev.opscharter.domain.shared.Step;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a use case is written: the permission, then the rule. This checks the permission,
 * opens the transaction, loads the record, refuses a version the user did not see before the rule
 * runs, saves and writes the audit entry; a service method is left with its rule. Composed into the
 * services (not a base class), created once in bootstrap.
 */
public final class UseCase {

    private final Transactions transactions;
    private final CurrentActor actor;
    private final Audit audit;
    private final AuditLog log;
    private final Once once;
    private final BusinessCalendar calendar;

    public UseCase(Transactions transactions, CurrentActor actor, AuditLog log, ProcessedRequests processed,
                   BusinessCalendar calendar) {
        this.transactions = transactions;
        this.actor = actor;
        this.audit = new Audit(log, actor, calendar.clock());
        this.log = log;
        this.once = new Once(processed);
        this.calendar = calendar;
    }

    /** The acting user, for rules that depend on who acts; checks nothing (use {@link #require} first). */
    public Actor actor() {
        return actor.get();
    }

    /** Returns the acting user when they may do it; throws {@link AccessDenied} otherwise. */
    public Actor require(Permission permission) {
        return AccessDenied.unless(actor.get(), permission);
    }

    /** A query in one consistent snapshot. */
    public <T> T read(Permission permission, Supplier<T> query) {
        require(permission);
        return transactions.readOnly(query);
    }

    /** A command that is not a change of one record (several records, a singleton, a bulk step). */
    public <T> T write(Permission permission, Supplier<T> work) {
        require(permission);
        return transactions.inTransaction(work);
    }

    public void run(Permission permission, Runnable work) {
        write(permission, () -> {
            work.run();
            return null;
        });
    }

    /** A query whose answer depends on who asks. */
    public <T> T read(Permission permission, Function<Actor, T> query) {
        var me = require(permission);
        return transactions.readOnly(() -> query.apply(me));
    }

    /** A command whose rule depends on who acts (and names them). */
    public <T> T write(Permission permission, Function<Actor, T> work) {
        var me = require(permission);
        return transactions.inTransaction(() -> work.apply(me));
    }

    public void run(Permission permission, Consumer<Actor> work) {
        write(permission, me -> {
            work.accept(me);
            return null;
        });
    }

    /**
     * Changes one record the user saw at {@code expectedVersion}: a newer record is refused with
     * {@link ConcurrentModification} before {@code step} runs, so the user reloads instead of
     * reading a rule's refusal about a state they never saw.
     *
     * @return the record as saved
     */
    public <ID, A> A change(Permission permission, RecordType<ID, A> type, RecordStore<ID, A> store, ID id,
                            long expectedVersion, AuditAction action, BiFunction<Actor, A, A> step) {
        return change(permission, type, store, id, OptionalLong.of(expectedVersion), action, step);
    }

    /** Changes one record as it is now, whatever version the caller saw: bookkeeping, not a user's edit. */
    public <ID, A> A changeLatest(Permission permission, RecordType<ID, A> type, RecordStore<ID, A> store, ID id,
                                  AuditAction action, BiFunction<Actor, A, A> step) {
        return change(permission, type, store, id, OptionalLong.empty(), action, step);
    }

    private <ID, A> A change(Permission permission, RecordType<ID, A> type, RecordStore<ID, A> store, ID id,
                             OptionalLong expectedVersion, AuditAction action, BiFunction<Actor, A, A> step) {
        var me = require(permission);
        return transactions.inTransaction(() -> {
            var before = store.byId(id).orElseThrow(() -> new NotFound(type.entity(), id));
            if (expectedVersion.isPresent() && type.versionOf(before) != expectedVersion.getAsLong()) {
                throw new ConcurrentModification(type.entity(), id);
            }
            return save(type, store, action, before, step.apply(me, before));
        });
    }

    /** One record with the steps the reader may take on it, as its domain answers them ({@code NotFound} if none). */
    public <ID, A, K extends Enum<K>> WithSteps<A, K> withSteps(Permission permission, RecordType<ID, A> type,
                                                                 RecordStore<ID, A> store, ID id,
                                                                 BiFunction<A, Actor, List<Step<K>>> steps) {
        return read(permission, me -> {
            var record = store.byId(id).orElseThrow(() -> new NotFound(type.entity(), id));
            return new WithSteps<>(record, steps.apply(record, me));
        });
    }

    /** Saves a record loaded in the current transaction and audits the change: for a use case changing several. */
    public <ID, A> A save(RecordType<ID, A> type, RecordStore<ID, A> store, AuditAction action, A before, A changed) {
        var after = store.save(changed);
        audit(type, action, before, after);
        return after;
    }

    /**
     * Creates a record at most once per {@code key}: a repeated request answers the first one's id
     * and writes nothing.
     */
    public <ID, A> ID create(Permission permission, RequestKey key, RecordType<ID, A> type, RecordStore<ID, A> store,
                             Function<Actor, A> make) {
        var me = require(permission);
        return transactions.inTransaction(() -> once.create(key, type.entity() + ".create",
                () -> type.idOf(created(type, store.save(make.apply(me)))), type.key(), type.parse()));
    }

    /** Audits the creation of a record just saved; returns it. */
    public <ID, A> A created(RecordType<ID, A> type, A saved) {
        audit.created(type.entity(), type.idOf(saved), type.labelOf(saved), type.snapshotOf(saved));
        return saved;
    }

    public <ID, A> void audit(RecordType<ID, A> type, AuditAction action, A before, A after) {
        audit.record(type.entity(), type.idOf(after), type.labelOf(after), action, type.snapshotOf(before),
                type.snapshotOf(after));
    }

    /** An entry whose fields are not a record's snapshot (a password change shows none). */
    public void audit(String entity, Object id, String label, AuditAction action, Map<String, String> before,
                      Map<String, String> after) {
        audit.record(entity, id, label, action, before, after);
    }

    /**
     * An entry that names nobody, whoever the request's session holds: what an anonymous survey
     * respondent's submission writes, so that a signed-in user answering their own link is not named.
     * Its time is the start of today in the organization's zone, never the instant: the entry is written
     * in the response's transaction (it shares its {@code xmin}), and an exact time would tie the response
     * to whatever else happened then — a sign-in, a page view in the log, a mail opened.
     */
    public void auditAnonymously(String entity, Object id, String label, AuditAction action) {
        var zone = calendar.zone().get();
        var today = LocalDate.ofInstant(calendar.now(), zone).atStartOfDay(zone).toInstant();
        log.record(AuditEntry.of(today, Actor.ANONYMOUS, entity, id.toString(), label, action, Map.of(), Map.of()));
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** For what runs before anyone is signed in: signing in itself. */
    public Transactions transactions() {
        return transactions;
    }
}
