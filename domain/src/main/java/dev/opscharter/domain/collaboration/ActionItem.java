package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.Require;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Work agreed in a meeting or a conflict's resolution: the department that owns it, what and by when, and the duty
 * type the charter routes it by. It becomes a charter work item ({@code workItem}), which the charter routes (to the
 * owning department's lead, citing the line, when the duty is not Operations' own); whether the item is still open is the work item's status, not a copy kept here.
 */
public record ActionItem(ActionItemId id, DepartmentCode owner, String title, LocalDate dueOn,
                         DutyType dutyType, Optional<WorkItemId> workItem) {

    public static final int MAX_TITLE = 150;

    public ActionItem {
        Objects.requireNonNull(id, "id");
        Require.present(owner, "owner");
        title = Require.text(title, "title", MAX_TITLE);
        BusinessDate.check(Require.present(dueOn, "dueOn"), "dueOn");
        Require.present(dutyType, "dutyType");
        Objects.requireNonNull(workItem, "workItem");
    }

    public static ActionItem of(DepartmentCode owner, String title, LocalDate dueOn, DutyType dutyType) {
        return new ActionItem(ActionItemId.random(), owner, title, dueOn, dutyType, Optional.empty());
    }

    public ActionItem registeredAs(WorkItemId registered) {
        return new ActionItem(id, owner, title, dueOn, dutyType, Optional.of(registered));
    }

    /** Open while it has no work item yet, or its work item is not finished. */
    public boolean isOpen(Predicate<WorkItemId> workItemOpen) {
        return workItem.map(workItemOpen::test).orElse(true);
    }

    /** As an auditor reads it in the record's snapshot. */
    public String describe() {
        return owner + ": " + title + " (" + dueOn + ", " + dutyType + workItem.map(w -> ", " + w).orElse("") + ")";
    }
}
