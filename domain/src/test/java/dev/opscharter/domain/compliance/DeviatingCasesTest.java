package dev.opscharter.domain.compliance;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DeviatingCasesTest {

    private final List<List<CaseResult>> stored = new ArrayList<>();
    private final DeviatingCases cases = new DeviatingCases(3, stored::add);

    @Test
    void hands_full_batches_on_and_the_rest_on_flush() {
        IntStream.range(0, 7).forEach(i -> cases.accept(deviating("c" + i, 1)));
        assertThat(stored).extracting(List::size).containsExactly(3, 3);

        cases.flush();
        cases.flush();

        assertThat(stored).extracting(List::size).containsExactly(3, 3, 1);
    }

    @Test
    void keeps_only_the_worst_cases_most_deviations_first() {
        // deviations 1..45 in a scrambled order: the 20 worst are 45 down to 26
        IntStream.range(0, 45).map(i -> (i * 17) % 45 + 1).forEach(n -> cases.accept(deviating("c" + n, n)));

        assertThat(cases.worst()).hasSize(DeviatingCases.WORST)
                .extracting(CaseSummary::deviations)
                .containsExactlyElementsOf(IntStream.iterate(45, n -> n - 1).limit(DeviatingCases.WORST).boxed().toList());
    }

    @Test
    void between_equally_bad_cases_the_lower_case_id_is_worse() {
        cases.accept(deviating("b", 2));
        cases.accept(deviating("a", 2));

        assertThat(cases.worst()).extracting(CaseSummary::caseId).containsExactly("a", "b");
    }

    private static CaseResult deviating(String caseId, int deviations) {
        var at = Instant.parse("2026-04-01T00:00:00Z");
        return new CaseResult(new CaseSummary("P", caseId, 1, at, at, Optional.empty(), 2, deviations,
                List.of(DeviationType.STEP_SKIPPED)), List.of());
    }
}
