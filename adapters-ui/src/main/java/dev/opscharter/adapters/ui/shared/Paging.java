package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import dev.opscharter.application.shared.PageRequest;

/**
 * A lazy grid's query as the page the query ports read: its offset, its limit (the ports cut it to
 * {@link PageRequest#MAX_LIMIT}) and its sort orders, each by the sort property of its column — the
 * key the list's query sorts by in SQL.
 */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(Query<?, ?> query) {
        return new PageRequest(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                .map(order -> new PageRequest.Order(order.getSorted(), order.getDirection() == SortDirection.DESCENDING))
                .toList());
    }
}
