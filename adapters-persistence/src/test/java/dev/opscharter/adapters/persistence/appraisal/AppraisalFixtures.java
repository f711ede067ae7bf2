package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.domain.shared.Period;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data of the appraisal context. Standards numbers and approved periods are unique in the
 * database and the JDBC tests share one and commit: every test takes numbers and periods no other
 * test of this JVM uses (counted up from a random start, so runs against one server rarely meet).
 */
final class AppraisalFixtures {

    private static final int QUARTERS = (Period.MAX_YEAR - Period.MIN_YEAR + 1) * 4;
    private static final int YEARS = Period.MAX_YEAR - Period.MIN_YEAR + 1;

    private static final AtomicInteger NUMBERS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000, 1_000_000_000));
    private static final AtomicInteger QUARTER_INDEX = new AtomicInteger(ThreadLocalRandom.current().nextInt(QUARTERS));
    private static final AtomicInteger YEAR_INDEX = new AtomicInteger(ThreadLocalRandom.current().nextInt(YEARS));

    /** Instants as PostgreSQL keeps them (microseconds), so the fake and the adapter agree. */
    static final Instant AT = Instant.parse("2026-10-08T06:07:08.901234Z");

    private AppraisalFixtures() {
    }

    static int freshNumber() {
        return NUMBERS.getAndAdd(10);
    }

    static Period.Quarter freshQuarter() {
        int index = Math.floorMod(QUARTER_INDEX.getAndIncrement(), QUARTERS);
        return new Period.Quarter(Period.MIN_YEAR + index / 4, index % 4 + 1);
    }

    static Period.Year freshYear() {
        return new Period.Year(Period.MIN_YEAR + Math.floorMod(YEAR_INDEX.getAndIncrement(), YEARS));
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    /** Field by field, figures by value: 95.0 equals 95.00, as numeric columns promise no more. */
    static RecursiveComparisonConfiguration byValue() {
        return RecursiveComparisonConfiguration.builder()
                .withComparatorForType(Comparator.<BigDecimal>naturalOrder(), BigDecimal.class)
                .build();
    }
}
