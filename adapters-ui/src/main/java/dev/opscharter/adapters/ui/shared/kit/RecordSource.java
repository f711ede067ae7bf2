package dev.opscharter.adapters.ui.shared.kit;

import dev.opscharter.application.shared.PageRequest;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * Where a {@link RecordList} reads its rows: a query port's page and count for a filter. The
 * database cuts and sorts; the list asks only for the page the grid shows.
 */
public interface RecordSource<T, F> {

    List<T> page(F filter, PageRequest page);

    long count(F filter);

    /** The usual source: a query port's page and count, e.g. {@code RecordSource.of(queries::page, queries::count)}. */
    static <T, F> RecordSource<T, F> of(BiFunction<F, PageRequest, List<T>> page, ToLongFunction<F> count) {
        return new RecordSource<>() {
            @Override
            public List<T> page(F filter, PageRequest request) {
                return page.apply(filter, request);
            }

            @Override
            public long count(F filter) {
                return count.applyAsLong(filter);
            }
        };
    }
}
