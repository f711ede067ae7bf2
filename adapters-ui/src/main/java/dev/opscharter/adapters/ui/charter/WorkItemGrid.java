package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.grid.Grid;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.domain.charter.WorkItem;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * Work items as a register: what it is, the duty type with the charter line it was routed by, the
 * routing decision, where it stands, who raised it and when it is due. Each sortable column names the
 * key the register sorts by in the database when the grid pages lazily.
 */
final class WorkItemGrid extends Grid<WorkItem> {

    WorkItemGrid(String id, CharterTexts texts) {
        setId(id);
        addColumn(item -> getTranslation("charter.work-item.kind." + item.kind().name()))
                .setHeader(getTranslation("charter.work-item.kind")).setKey("kind").setSortable(true)
                .setSortProperty("kind")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(WorkItem::title).setHeader(getTranslation("charter.work-item.title")).setKey("title")
                .setSortable(true).setSortProperty("title").setFlexGrow(2);
        addColumn(item -> item.decision().citation().text(texts.language()))
                .setHeader(getTranslation("charter.work-item.duty-type")).setKey("duty").setFlexGrow(2)
                .setTooltipGenerator(item -> item.dutyType().code() + " · "
                        + texts.citation(item.decision().citation()) + "\n"
                        + texts.citationInOtherLanguage(item.decision().citation()));
        addComponentColumn(item -> texts.routingBadges(item.decision()))
                .setHeader(getTranslation("charter.work-item.routing")).setKey("routing").setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(item -> texts.consequence(item.decision()));
        addComponentColumn(item -> texts.statusBadge(item.status()))
                .setHeader(getTranslation("charter.work-item.status")).setKey("status").setAutoWidth(true)
                .setComparator(item -> item.status().ordinal()).setSortProperty("status").setFlexGrow(0);
        addColumn(item -> getTranslation("charter.work-item.raised-by-at", texts.person(item.raisedBy()),
                Formats.dateTime(item.raisedAt())))
                .setHeader(getTranslation("charter.work-item.raised")).setKey("raised").setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(WorkItem::raisedAt).setSortable(true).setSortProperty("raisedAt");
        addColumn(item -> item.dueOn().map(Formats::date).orElse(""))
                .setHeader(getTranslation("charter.work-item.due")).setKey("due").setAutoWidth(true)
                .setComparator(Comparator.comparing((WorkItem item) -> item.dueOn(), WorkItemGrid::earliestFirst))
                .setSortable(true).setSortProperty("dueOn").setFlexGrow(0);
        setEmptyStateText(getTranslation("charter.work-item.none"));
    }

    private static int earliestFirst(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.orElse(LocalDate.MAX).compareTo(b.orElse(LocalDate.MAX));
    }
}
