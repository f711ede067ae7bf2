package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.organization.DepartmentCode;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Action items and follow-ups as charter work items: registered through the charter (which routes them and cites the
 * line), and open while their work item is not finished. The one place collaboration talks to the charter.
 */
public final class ActionItemWork {

    private final ManageWorkItems manage;
    private final WorkItems items;

    public ActionItemWork(ManageWorkItems manage, WorkItems items) {
        this.manage = manage;
        this.items = items;
    }

    /** The item as the minutes or the resolution state it, checked before anything is registered. */
    static ActionItem item(DepartmentCode owner, String title, LocalDate dueOn, String dutyType) {
        return ActionItem.of(owner, title, dueOn, new DutyType(dutyType));
    }

    /** Registers the item once per {@code request}; {@code origin} tells its reader where it was agreed. */
    WorkItemId register(RequestKey request, ActionItem item, String origin) {
        return manage.register(request.derived("ActionItem.register"), new WorkItemDraft(
                WorkItemKind.ACTION, item.title(), origin + " · " + item.owner().value(),
                item.dutyType().code(), Optional.of(item.dueOn())));
    }

    /** Whether the work item is still to be done; one that no longer exists is not. */
    boolean isOpen(WorkItemId id) {
        return items.byId(id).map(item -> !item.status().isClosed()).orElse(false);
    }
}
