package dev.opscharter.application.shared.fakes;

import dev.opscharter.application.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A page cut from rows in memory as the JDBC stores cut it: the page's known sort keys first, then the list's own order. */
public final class InMemoryPage {

    private InMemoryPage() {
    }

    public static <T> List<T> of(Stream<T> rows, PageRequest page, Map<String, Comparator<T>> keys,
                                 Comparator<T> own) {
        var order = own;
        for (var sort : page.sort().reversed()) {
            var by = keys.get(sort.key());
            if (by != null) {
                order = (sort.descending() ? by.reversed() : by).thenComparing(order);
            }
        }
        return rows.sorted(order).skip(page.offset()).limit(page.limit()).toList();
    }
}
