package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.ActionItemId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Permission;

import java.util.Optional;
import java.util.function.Function;

/**
 * Action items and follow-ups as charter work items: added to their meeting or conflict and registered through the
 * charter (which routes them and cites the line) once per request, and open while their work item is not finished.
 * The one place collaboration talks to the charter.
 */
public final class ActionItemWork {

    /** Adds the item to the record, refusing what its rules refuse. */
    @FunctionalInterface
    interface Add<A> {
        A apply(A record, ActionItem item, Actor by);
    }

    /** The record with the item's work item noted. */
    @FunctionalInterface
    interface Registered<A> {
        A apply(A record, ActionItemId item, WorkItemId workItem);
    }

    private final ManageWorkItems manage;
    private final WorkItems items;
    private final Once once;
    private final UseCase uc;

    public ActionItemWork(ManageWorkItems manage, WorkItems items, ProcessedRequests processed, UseCase uc) {
        this.manage = manage;
        this.items = items;
        this.once = new Once(processed);
        this.uc = uc;
    }

    /**
     * Adds the item to the record the user saw at {@code version} and registers its work item, once per
     * {@code request}: a repeated request answers the work item registered first.
     *
     * @param origin where the item was agreed, for the work item's reader
     */
    <ID, A> WorkItemId add(RequestKey request, Permission permission, RecordType<ID, A> type,
                           RecordStore<ID, A> store, ID id, long version, NewActionItem draft,
                           Function<A, String> origin, Add<A> add, Registered<A> registered) {
        return uc.write(permission, me -> once.create(request, type.entity() + ".addActionItem", () -> {
            var before = store.byId(id).orElseThrow(() -> new NotFound(type.entity(), id));
            if (type.versionOf(before) != version) {
                throw new ConcurrentModification(type.entity(), id);
            }
            var item = ActionItem.of(draft.owner(), draft.title(), draft.dueOn(), new DutyType(draft.dutyType()));
            var added = add.apply(before, item, me);
            var workItem = manage.register(request.derived("ActionItem.register"), new WorkItemDraft(
                    WorkItemKind.ACTION, item.title(), origin.apply(before) + " · " + item.owner().value(),
                    item.dutyType().code(), Optional.of(item.dueOn())));
            uc.save(type, store, AuditAction.UPDATE, before, registered.apply(added, item.id(), workItem));
            return workItem;
        }, WorkItemId::toString, WorkItemId::parse));
    }

    /** Whether the work item is still to be done; one that no longer exists is not. */
    boolean isOpen(WorkItemId id) {
        return items.byId(id).map(item -> !item.status().isClosed()).orElse(false);
    }
}
