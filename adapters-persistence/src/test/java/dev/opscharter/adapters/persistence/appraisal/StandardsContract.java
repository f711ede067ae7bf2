package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.port.out.Standards;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.StandardsVersionId;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.AT;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.byValue;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.decimal;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.freshNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Standards} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class StandardsContract {

    protected abstract Standards standards();

    private static Map<Part, BigDecimal> charterThresholds() {
        var thresholds = new EnumMap<Part, BigDecimal>(Part.class);
        for (var part : Part.values()) {
            thresholds.put(part, part.charterThreshold());
        }
        return thresholds;
    }

    private static AppraisalStandards version(int number, int fromYear) {
        return new AppraisalStandards(StandardsVersionId.random(), fromYear, number, charterThresholds(), "", "系统",
                AT);
    }

    private Optional<AppraisalStandards> stored(StandardsVersionId id) {
        return standards().all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Test
    void a_version_round_trips_with_every_threshold() {
        var thresholds = charterThresholds();
        thresholds.put(Part.CORE_TARGET_ATTAINMENT, decimal("96.5"));
        thresholds.put(Part.MAJOR_COMPLAINT_RATE, decimal("0.2500"));
        thresholds.put(Part.EFFICIENCY_IMPROVEMENT_RATE, decimal("-1.0001"));
        thresholds.put(Part.OPTIMIZATION_PROJECTS_LANDED, decimal("4"));
        var standards = new AppraisalStandards(StandardsVersionId.random(), 2027, freshNumber(), thresholds,
                "2027 年起提高核心目标达成率要求", "李总监", Instant.parse("2026-12-20T10:11:12.131415Z"));

        standards().add(standards);

        assertThat(stored(standards.id()))
                .hasValueSatisfying(found -> assertThat(found).usingRecursiveComparison(byValue()).isEqualTo(standards));
        var found = stored(standards.id()).orElseThrow();
        assertThat(found.thresholds()).containsOnlyKeys(Part.values());
        assertThat(found.threshold(Part.MAJOR_COMPLAINT_RATE).value()).isEqualByComparingTo("0.25");
    }

    @Test
    void every_version_is_kept_in_number_order() {
        var first = version(freshNumber(), 2026);
        standards().add(first);
        var thresholds = charterThresholds();
        thresholds.put(Part.CUSTOMER_SATISFACTION, decimal("92"));
        var second = first.adjust(2027, thresholds, "客户满意度要求提高", "李总监", AT.plusSeconds(60));
        standards().add(second);

        var mine = standards().all().stream()
                .filter(s -> s.id().equals(first.id()) || s.id().equals(second.id())).toList();

        assertThat(mine).extracting(AppraisalStandards::number).containsExactly(first.number(), first.number() + 1);
        assertThat(mine.get(0)).usingRecursiveComparison(byValue()).isEqualTo(first);
        assertThat(mine.get(1)).usingRecursiveComparison(byValue()).isEqualTo(second);
        assertThat(mine.get(1).threshold(Part.CUSTOMER_SATISFACTION).value()).isEqualByComparingTo("92");
    }

    @Test
    void a_second_version_with_a_taken_number_is_refused() {
        var first = version(freshNumber(), 2026);
        standards().add(first);
        var rival = version(first.number(), 2028);

        assertThatThrownBy(() -> standards().add(rival)).isInstanceOf(ConcurrentModification.class);
        assertThat(stored(rival.id())).isEmpty();
        assertThat(standards().all()).filteredOn(s -> s.number() == first.number())
                .extracting(AppraisalStandards::id).containsExactly(first.id());
    }

    @Test
    void adding_the_same_version_twice_is_refused() {
        var standards = version(freshNumber(), 2026);
        standards().add(standards);

        assertThatThrownBy(() -> standards().add(standards)).isInstanceOf(ConcurrentModification.class);
        assertThat(standards().all()).filteredOn(s -> s.id().equals(standards.id())).hasSize(1);
    }

    @Test
    void versions_from_the_first_and_the_last_year_of_business_dates_are_kept() {
        var earliest = version(freshNumber(), 1990);
        standards().add(earliest);
        var latest = version(freshNumber(), 2100);
        standards().add(latest);

        assertThat(stored(earliest.id())).hasValueSatisfying(found -> assertThat(found.fromYear()).isEqualTo(1990));
        assertThat(stored(latest.id())).hasValueSatisfying(found -> assertThat(found.fromYear()).isEqualTo(2100));
    }

    @Test
    void a_version_keeps_the_quarter_it_is_in_force_from() {
        var first = version(freshNumber(), 2026);
        standards().add(first);
        var fromQ3 = first.adjust(new Period.Quarter(2027, 3), charterThresholds(), "自第三季度起", "李总监",
                AT.plusSeconds(60));
        standards().add(fromQ3);

        assertThat(stored(fromQ3.id())).hasValueSatisfying(found -> {
            assertThat(found.from()).isEqualTo(new Period.Quarter(2027, 3));
            assertThat(found.effectiveFrom()).isEqualTo(LocalDate.of(2027, 7, 1));
        });
        assertThat(stored(first.id())).hasValueSatisfying(found ->
                assertThat(found.from()).isEqualTo(new Period.Quarter(2026, 1)));
    }
}
