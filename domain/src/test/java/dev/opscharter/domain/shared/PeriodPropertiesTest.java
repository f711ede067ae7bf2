package dev.opscharter.domain.shared;

import dev.opscharter.domain.shared.Period.Quarter;
import dev.opscharter.domain.shared.Period.Year;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodPropertiesTest {

    /** Instants whose local date is inside the supported years in every zone. */
    private static final long EARLIEST = Instant.parse("1990-01-02T00:00:00Z").getEpochSecond();
    private static final long LATEST = Instant.parse("2100-12-30T00:00:00Z").getEpochSecond();

    @Property
    void every_period_parses_back_from_its_key(@ForAll("periods") Period period) {
        assertThat(Period.parse(period.key())).isEqualTo(period);
    }

    @Property
    void an_instant_is_contained_in_exactly_the_quarter_and_year_it_falls_in(@ForAll("instants") Instant instant,
                                                                            @ForAll("zones") ZoneId zone) {
        var quarter = Period.quarterOf(instant, zone);

        assertThat(quarter.contains(instant, zone)).isTrue();
        assertThat(quarter.asYear().contains(instant, zone)).isTrue();
        for (int q = 1; q <= 4; q++) {
            if (q != quarter.quarter()) {
                assertThat(new Quarter(quarter.year(), q).contains(instant, zone)).isFalse();
            }
        }
        if (quarter.year() > Period.MIN_YEAR) {
            assertThat(new Quarter(quarter.year() - 1, 4).contains(instant, zone)).isFalse();
            assertThat(new Year(quarter.year() - 1).contains(instant, zone)).isFalse();
        }
        if (quarter.year() < Period.MAX_YEAR) {
            assertThat(new Quarter(quarter.year() + 1, 1).contains(instant, zone)).isFalse();
            assertThat(new Year(quarter.year() + 1).contains(instant, zone)).isFalse();
        }
    }

    /** Around the bounds, where a zone error would show: the quarter's start and the instant just before it. */
    @Property
    void contains_agrees_with_quarter_of_at_the_bounds(@ForAll("innerQuarters") Quarter quarter,
                                                       @ForAll("zones") ZoneId zone,
                                                       @ForAll @IntRange(min = -7200, max = 7200) int secondsFromStart) {
        var instant = quarter.start(zone).plusSeconds(secondsFromStart);

        for (var candidate : List.of(quarter.previous(), quarter, quarter.next())) {
            assertThat(candidate.contains(instant, zone)).as("%s contains %s in %s", candidate, instant, zone)
                    .isEqualTo(candidate.equals(Period.quarterOf(instant, zone)));
        }
    }

    @Property
    void a_period_starts_before_it_ends(@ForAll("periods") Period period, @ForAll("zones") ZoneId zone) {
        assertThat(period.start(zone)).isBefore(period.end(zone));
        assertThat(period.firstDay()).isBefore(period.endExclusive());
        assertThat(period.lastDay()).isBefore(period.endExclusive());
    }

    @Property
    void the_quarters_of_a_year_partition_it(@ForAll("years") Year year, @ForAll("zones") ZoneId zone) {
        var quarters = year.quarters();

        assertThat(quarters).hasSize(4);
        assertThat(quarters.getFirst().firstDay()).isEqualTo(year.firstDay());
        assertThat(quarters.getLast().endExclusive()).isEqualTo(year.endExclusive());
        assertThat(quarters.getFirst().start(zone)).isEqualTo(year.start(zone));
        assertThat(quarters.getLast().end(zone)).isEqualTo(year.end(zone));
        for (int i = 1; i < quarters.size(); i++) {
            assertThat(quarters.get(i).firstDay()).isEqualTo(quarters.get(i - 1).endExclusive());
            assertThat(quarters.get(i).start(zone)).isEqualTo(quarters.get(i - 1).end(zone));
        }
    }

    @Property
    void every_day_of_a_year_lies_in_exactly_one_of_its_quarters(@ForAll("days") LocalDate day) {
        var year = new Year(day.getYear());

        assertThat(year.contains(day)).isTrue();
        assertThat(year.quarters()).filteredOn(q -> q.contains(day)).containsExactly(Period.quarterOf(day));
    }

    @Property
    void previous_and_next_are_inverse_and_adjacent(@ForAll("innerQuarters") Quarter quarter) {
        assertThat(quarter.next().previous()).isEqualTo(quarter);
        assertThat(quarter.previous().next()).isEqualTo(quarter);
        assertThat(quarter.next().firstDay()).isEqualTo(quarter.endExclusive());
        assertThat(quarter.previous().endExclusive()).isEqualTo(quarter.firstDay());
    }

    @Property
    void trailing_quarters_are_consecutive_and_end_at_this_one(@ForAll("quarters") Quarter quarter,
                                                               @ForAll @IntRange(min = 1, max = 40) int count) {
        var trailing = quarter.trailing(count);

        assertThat(trailing.getLast()).isEqualTo(quarter);
        int available = (quarter.year() - Period.MIN_YEAR) * 4 + quarter.quarter();
        assertThat(trailing).hasSize(Math.min(count, available));
        for (int i = 1; i < trailing.size(); i++) {
            assertThat(trailing.get(i - 1).next()).isEqualTo(trailing.get(i));
        }
    }

    @Property
    void year_to_date_is_the_years_quarters_up_to_this_one(@ForAll("quarters") Quarter quarter) {
        var yearToDate = quarter.yearToDate();

        assertThat(yearToDate).hasSize(quarter.quarter());
        assertThat(yearToDate).isEqualTo(quarter.asYear().quarters().subList(0, quarter.quarter()));
        assertThat(yearToDate.getLast()).isEqualTo(quarter);
    }

    @Provide
    Arbitrary<Quarter> quarters() {
        return Combinators.combine(Arbitraries.integers().between(Period.MIN_YEAR, Period.MAX_YEAR),
                        Arbitraries.integers().between(1, 4))
                .as(Quarter::new)
                .edgeCases(c -> c.add(new Quarter(Period.MIN_YEAR, 1), new Quarter(Period.MAX_YEAR, 4), new Quarter(2026, 3)));
    }

    /** Quarters that have a previous and a next one within the supported years. */
    @Provide
    Arbitrary<Quarter> innerQuarters() {
        return quarters().filter(q -> !q.equals(new Quarter(Period.MIN_YEAR, 1)) && !q.equals(new Quarter(Period.MAX_YEAR, 4)));
    }

    @Provide
    Arbitrary<Year> years() {
        return Arbitraries.integers().between(Period.MIN_YEAR, Period.MAX_YEAR).map(Year::new);
    }

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.oneOf(quarters(), years());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(EARLIEST, LATEST).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(BusinessDate.FIRST.toEpochDay(), BusinessDate.LAST.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        var all = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(ZoneId.of("Asia/Shanghai"), ZoneOffset.UTC,
                        ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("America/Santiago"))),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(all)));
    }
}
