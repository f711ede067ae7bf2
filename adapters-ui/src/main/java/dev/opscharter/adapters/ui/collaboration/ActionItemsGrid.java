package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.ActionItemId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Action items or follow-ups as a table: the department, what, when due, whether still open (where the screen knows
 * it: an item is open until its work item is finished), where the charter routed its work item (to the owning
 * department's lead when the duty is not Operations' own), and the work item, linked to the register.
 */
final class ActionItemsGrid {

    private ActionItemsGrid() {
    }

    /** Where the charter routed a work item; nothing for one the reader may not see. */
    @FunctionalInterface
    interface Routing {
        Optional<BoundaryDecision> of(WorkItemId workItem);

        /** As the work-item register tells this reader. */
        static Routing by(WorkItemQueries workItems) {
            return workItem -> {
                try {
                    return Optional.of(workItems.get(workItem).decision());
                } catch (AccessDenied | NotFound hidden) {
                    return Optional.empty();
                }
            };
        }
    }

    /** @param open the ids of the items still open, if the screen asked; empty leaves the column out */
    static Component of(String id, CollaborationTexts texts, List<ActionItem> items, Optional<Set<ActionItemId>> open,
                        Routing routing, String noneKey) {
        if (items.isEmpty()) {
            var none = new Span(texts.t(noneKey));
            none.setId(id + "-none");
            none.addClassName("muted");
            none.getStyle().set("display", "block");
            return none;
        }
        var grid = new Grid<ActionItem>();
        grid.setId(id);
        grid.addColumn(item -> texts.department(item.owner())).setHeader(texts.t("collaboration.item.department"))
                .setKey("department").setAutoWidth(true);
        grid.addColumn(ActionItem::title).setHeader(texts.t("collaboration.item.title")).setKey("title")
                .setFlexGrow(3);
        grid.addColumn(item -> Formats.date(item.dueOn())).setHeader(texts.t("collaboration.item.due"))
                .setKey("due").setAutoWidth(true);
        open.ifPresent(ids -> grid.addComponentColumn(item -> ids.contains(item.id())
                        ? new StatusBadge(texts.t("collaboration.item.open"), StatusBadge.Tone.WARNING)
                        : new StatusBadge(texts.t("collaboration.item.done"), StatusBadge.Tone.SUCCESS))
                .setHeader(texts.t("collaboration.item.state")).setKey("state").setAutoWidth(true));
        grid.addColumn(item -> item.workItem().flatMap(routing::of).map(texts::routing).orElse("–"))
                .setHeader(texts.t("collaboration.item.routing")).setKey("routing").setAutoWidth(true);
        grid.addComponentColumn(item -> item.workItem().<Component>map(texts::workItemLink)
                        .orElseGet(() -> new Span(texts.t("collaboration.item.work-item.none"))))
                .setHeader(texts.t("collaboration.item.work-item")).setKey("workItem").setAutoWidth(true);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
