package dev.opscharter.adapters.ui.shared.kit;

import dev.opscharter.application.shared.PageRequest;

import java.util.List;

/**
 * Where a {@link RecordList} reads its rows: a query port's page and count for a filter. The
 * database cuts and sorts; the list asks only for the page the grid shows.
 */
public interface RecordSource<T, F> {

    List<T> page(F filter, PageRequest page);

    long count(F filter);
}
