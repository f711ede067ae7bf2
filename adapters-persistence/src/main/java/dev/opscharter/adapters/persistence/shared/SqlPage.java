package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.PageRequest;

import java.util.ArrayList;
import java.util.Map;

/**
 * A page as SQL: the ORDER BY of the sort keys a list knows (each key an expression of its own, never
 * text from the request, so nothing a client sends reaches the SQL), followed by the list's own order
 * — which must end in a unique column so that pages never overlap — and LIMIT/OFFSET as parameters
 * {@code :limit} and {@code :offset}.
 */
public final class SqlPage {

    private SqlPage() {
    }

    /**
     * @param columns      the list's sort keys and the SQL expression each sorts by
     * @param defaultOrder the list's own order, e.g. {@code raised_at desc, id desc}
     */
    public static String orderAndLimit(PageRequest page, Map<String, String> columns, String defaultOrder) {
        var terms = new ArrayList<String>();
        for (var order : page.sort()) {
            var column = columns.get(order.key());
            if (column != null) {
                terms.add(column + (order.descending() ? " desc" : " asc") + " nulls last");
            }
        }
        terms.add(defaultOrder);
        return " order by " + String.join(", ", terms) + " limit :limit offset :offset";
    }
}
