package dev.opscharter.adapters.persistence.compliance;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedOrderTest {

    @Test
    void a_run_in_time_order_stays_as_it_is() {
        assertThat(RecordedOrder.of(new long[]{1, 2, 2, 5, 0}, 4)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void a_run_out_of_order_goes_by_time_with_ties_in_file_order() {
        assertThat(RecordedOrder.of(new long[]{3, 1, 2, 1, 3, 0}, 5)).containsExactly(1, 3, 2, 0, 4);
    }

    @Test
    void any_run_comes_out_as_a_stable_sort_by_time() {
        var random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            var times = new long[n];
            for (int i = 0; i < n; i++) {
                times[i] = random.nextInt(20); // many ties
            }
            var expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingLong(i -> times[i])).mapToInt(Integer::intValue).toArray();
            assertThat(RecordedOrder.of(times, n)).containsExactly(expected);
        }
    }
}
