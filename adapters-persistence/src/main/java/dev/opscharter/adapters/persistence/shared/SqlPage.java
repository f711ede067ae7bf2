package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.PageRequest;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

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

    /**
     * The aggregates of a page whose ids SQL chose, in that order: the ids are cut and sorted in SQL,
     * the aggregates (with their children) loaded by id.
     */
    public static <R> List<R> inOrder(List<UUID> ids, JdbcAggregateTemplate template, Class<R> type,
                                      Function<R, UUID> id) {
        var rows = new HashMap<UUID, R>();
        template.findAllById(ids, type).forEach(row -> rows.put(id.apply(row), row));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }
}
