package dev.opscharter.application.shared;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list that grows with the data: where it starts, how many rows at most, and in which
 * order. Every list query takes one, so that no reader — a grid scrolling, or a crafted request —
 * makes the database send more than {@link #MAX_LIMIT} rows at a time; a larger limit is cut to it.
 * The database sorts: each list names the keys it sorts by and ignores keys it does not know, after
 * which its own order breaks ties, so that pages never overlap.
 *
 * @param offset rows skipped, in the list's order
 * @param limit  rows wanted, 0 to {@link #MAX_LIMIT}
 * @param sort   first key first; empty: the list's own order
 */
public record PageRequest(long offset, int limit, List<Order> sort) {

    /** The most rows one page holds, whatever was asked for. */
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("page " + offset + "+" + limit);
        }
        limit = Math.min(limit, MAX_LIMIT);
        sort = List.copyOf(sort);
    }

    public PageRequest(long offset, int limit) {
        this(offset, limit, List.of());
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /** A sort key of the list (a column it names) and its direction. */
    public record Order(String key, boolean descending) {

        public Order {
            Objects.requireNonNull(key);
        }
    }
}
