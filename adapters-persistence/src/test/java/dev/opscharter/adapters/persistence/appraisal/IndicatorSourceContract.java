package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an {@link IndicatorSource} computed from records does — core staff retention from the people
 * records here — whether the records are in memory or in PostgreSQL: it answers only for its parts,
 * for the period asked, nothing where it has no records, a value within the part's range, the same
 * every time, and the same through {@link IndicatorSource#valuesOf} as period by period.
 */
abstract class IndicatorSourceContract {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Mid third quarter of 2026, in the organization's zone. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-07-15T04:00:00Z"), ZoneOffset.UTC);

    /** A new department of the kind; the source sees only the departments this test made. */
    protected abstract DepartmentId department(DepartmentKind kind);

    protected abstract void hired(Person person);

    /** The source over the records stored so far (and later), telling the time by {@code clock}. */
    protected abstract IndicatorSource source(Clock clock);

    private Person person(String name, DepartmentId department, boolean core, LocalDate joined, LocalDate leftOn) {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var person = Person.reconstitute(PersonId.random(), name + " " + token,
                new EmailAddress(token + "@example.com"), department, Set.of(), core, joined,
                leftOn == null ? Employment.ACTIVE : new Employment.Left(leftOn), 0);
        hired(person);
        return person;
    }

    private static BigDecimal share(PartValue value) {
        var ratio = (Measurement.Ratio) value.measurement();
        return ratio.numerator().divide(ratio.denominator(), 6, RoundingMode.HALF_UP);
    }

    @Test
    void it_answers_for_its_parts_only() {
        var operations = department(DepartmentKind.OPERATIONS);
        person("A", operations, true, LocalDate.of(2020, 1, 1), null);
        var source = source(TODAY);

        assertThat(source.parts()).containsExactly(Part.CORE_STAFF_RETENTION);
        var others = Arrays.stream(Part.values()).filter(p -> !source.parts().contains(p)).toList();
        for (var other : others) {
            assertThat(source.valueOf(other, new Period.Quarter(2025, 1), ZONE)).as(other.name()).isEmpty();
            assertThat(source.valuesOf(other, List.of(new Period.Quarter(2025, 1)), ZONE)).as(other.name()).isEmpty();
        }
    }

    @Test
    void the_share_of_the_core_staff_at_the_start_still_employed_at_the_end_with_who_they_are() {
        var operations = department(DepartmentKind.OPERATIONS);
        var quarter = new Period.Quarter(2025, 1);
        person("Stays", operations, true, LocalDate.of(2020, 1, 1), null);
        person("Left on the first day", operations, true, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 1, 1));
        person("Left within", operations, true, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 2, 10));
        person("Left the day after", operations, true, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 4, 1));
        person("Joined on the first day", operations, true, LocalDate.of(2025, 1, 1), null);
        person("Joined within", operations, true, LocalDate.of(2025, 2, 1), null);
        person("Not core", operations, false, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 2, 1));
        person("Core elsewhere", department(DepartmentKind.FUNCTIONAL), true, LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 2, 1));

        var value = source(TODAY).valueOf(Part.CORE_STAFF_RETENTION, quarter, ZONE).orElseThrow();

        assertThat(value.part()).isEqualTo(Part.CORE_STAFF_RETENTION);
        assertThat(value.period()).isEqualTo(quarter);
        assertThat(share(value)).as("3 of 4 retained (who left on the first day was gone at the start)")
                .isEqualByComparingTo("0.75");
        assertThat(value.provenance()).isInstanceOfSatisfying(Provenance.FromRecords.class, records ->
                assertThat(records.evidence()).extracting(e -> e.label().substring(0, e.label().lastIndexOf(' ')))
                        .containsExactlyInAnyOrder("Stays", "Left within", "Left the day after",
                                "Joined on the first day"));
    }

    @Test
    void without_core_staff_at_the_start_or_before_the_period_began_there_is_no_value() {
        var operations = department(DepartmentKind.OPERATIONS);
        person("Joined within", operations, true, LocalDate.of(2025, 2, 1), null);
        person("Not core", operations, false, LocalDate.of(2020, 1, 1), null);
        var source = source(TODAY);

        assertThat(source.valueOf(Part.CORE_STAFF_RETENTION, new Period.Quarter(2025, 1), ZONE)).isEmpty();
        assertThat(source.valueOf(Part.CORE_STAFF_RETENTION, new Period.Quarter(2025, 2), ZONE)).isPresent();
        assertThat(source.valueOf(Part.CORE_STAFF_RETENTION, new Period.Quarter(2026, 4), ZONE))
                .as("not begun").isEmpty();
    }

    @Test
    void a_period_under_way_counts_who_is_employed_today() {
        var operations = department(DepartmentKind.OPERATIONS);
        person("Stays", operations, true, LocalDate.of(2020, 1, 1), null);
        person("Left in July", operations, true, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 7, 10));
        person("Leaves in August", operations, true, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 8, 20));
        person("Leaves in September", operations, true, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 9, 1));
        var source = source(TODAY);

        var quarter = source.valueOf(Part.CORE_STAFF_RETENTION, new Period.Quarter(2026, 3), ZONE).orElseThrow();
        var year = source.valueOf(Part.CORE_STAFF_RETENTION, new Period.Year(2026), ZONE).orElseThrow();

        assertThat(share(quarter)).as("3 of 4 so far").isEqualByComparingTo("0.75");
        assertThat(share(year)).isEqualByComparingTo("0.75");
        assertThat(year.period()).isEqualTo(new Period.Year(2026));
    }

    @Test
    void values_lie_between_none_and_all_are_the_same_every_time_and_the_same_for_several_periods_at_once() {
        var operations = department(DepartmentKind.OPERATIONS);
        for (int i = 0; i < 12; i++) {
            person("P%02d".formatted(i), operations, i % 3 != 0, LocalDate.of(2023, 1, 1).plusMonths(i * 2L),
                    i % 2 == 0 ? LocalDate.of(2024, 1, 1).plusMonths(i * 2L) : null);
        }
        var source = source(TODAY);
        var periods = List.<Period>of(new Period.Quarter(2022, 4), new Period.Quarter(2024, 1), new Period.Year(2024),
                new Period.Quarter(2025, 3), new Period.Year(2025), new Period.Quarter(2026, 3),
                new Period.Quarter(2027, 1));

        var one = periods.stream().flatMap(p -> source.valueOf(Part.CORE_STAFF_RETENTION, p, ZONE).stream()).toList();
        var all = source.valuesOf(Part.CORE_STAFF_RETENTION, periods, ZONE);

        assertThat(all).isEqualTo(one).isEqualTo(source.valuesOf(Part.CORE_STAFF_RETENTION, periods, ZONE));
        assertThat(all).extracting(PartValue::period).doesNotContain(new Period.Quarter(2022, 4),
                new Period.Quarter(2027, 1));
        assertThat(all).hasSize(5).allSatisfy(v -> {
            assertThat(v.measurement()).isInstanceOfSatisfying(Measurement.Ratio.class, r -> {
                assertThat(r.denominator()).isPositive();
                assertThat(r.numerator()).isBetween(BigDecimal.ZERO, r.denominator());
            });
        });
        assertThat(source(TODAY).valueOf(Part.CORE_STAFF_RETENTION, new Period.Year(2025), ZONE))
                .as("a source made again").isEqualTo(source.valueOf(Part.CORE_STAFF_RETENTION, new Period.Year(2025), ZONE));
    }

    static String code(String prefix) {
        return (prefix + UUID.randomUUID().toString().replace("-", "")).substring(0, 12).toUpperCase(Locale.ROOT);
    }
}
