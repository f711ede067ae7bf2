package dev.opscharter.adapters.persistence.compliance;

import java.util.Arrays;

/**
 * The recorded order of a run of events: by time, ties in file order. Nearly every run is in that
 * order already, and is checked in one pass; the others are sorted with a stable sort.
 */
final class RecordedOrder {

    private RecordedOrder() {
    }

    /** The positions of the first {@code n} times, in recorded order. */
    static int[] of(long[] times, int n) {
        var order = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            sorted &= i == 0 || times[i - 1] <= times[i];
        }
        if (sorted) {
            return order;
        }
        var boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Long.compare(times[a], times[b])); // stable: ties keep file order
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }
}
