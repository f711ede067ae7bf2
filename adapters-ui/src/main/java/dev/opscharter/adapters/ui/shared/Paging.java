package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import dev.opscharter.application.shared.PageRequest;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Lazy grids over the query ports: a grid's query becomes the page the port reads — its offset, its
 * limit (the ports cut it to {@link PageRequest#MAX_LIMIT}) and its sort orders, each by the sort
 * property of its column, the key the list's query sorts by in SQL — and the port counts.
 */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(Query<?, ?> query) {
        return new PageRequest(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                .map(order -> new PageRequest.Order(order.getSorted(), order.getDirection() == SortDirection.DESCENDING))
                .toList());
    }

    /**
     * A data provider reading one page per fetch.
     *
     * @param id what identifies a row across fetches (a new version of a record is the same row), so that
     *           a selection survives a refresh
     */
    public static <T> CallbackDataProvider<T, Void> lazy(Function<PageRequest, List<T>> page, LongSupplier count,
                                                         ValueProvider<T, Object> id) {
        return new CallbackDataProvider<>(query -> page.apply(of(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, count.getAsLong()), id);
    }
}
