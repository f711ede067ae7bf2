package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.AT;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.byValue;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.decimal;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.freshQuarter;
import static dev.opscharter.adapters.persistence.appraisal.AppraisalFixtures.freshYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ManualEntries} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class ManualEntriesContract {

    protected abstract ManualEntries manualEntries();

    /** The id of a stored evidence file (the database checks that it exists). */
    protected abstract UUID anAttachment();

    private static ManualEntry entry(Part part, Period period, Measurement measurement, long version) {
        return new ManualEntry(part, period, measurement,
                new Provenance.Manual("季度经营分析会确认的数据", Optional.empty(), "王运营", AT), version);
    }

    private static ManualEntry withVersion(ManualEntry entry, long version) {
        return new ManualEntry(entry.part(), entry.period(), entry.measurement(), entry.provenance(), version);
    }

    private void assertStored(ManualEntry expected) {
        assertThat(manualEntries().find(expected.part(), expected.period()))
                .hasValueSatisfying(found -> assertThat(found).usingRecursiveComparison(byValue()).isEqualTo(expected));
    }

    @Test
    void a_first_entry_is_stored_as_version_1_with_every_field() {
        var attachment = anAttachment();
        var entry = new ManualEntry(Part.CORE_TARGET_ATTAINMENT, freshQuarter(),
                new Measurement.Amount(decimal("96.2500")),
                new Provenance.Manual("财务部季度报表，第 3 页", Optional.of(attachment), "王运营",
                        Instant.parse("2026-10-02T01:02:03.000004Z")), 0);

        var saved = manualEntries().save(entry);

        assertThat(saved).usingRecursiveComparison(byValue()).isEqualTo(withVersion(entry, 1));
        assertStored(withVersion(entry, 1));
        assertThat(saved.provenance().attachment()).contains(attachment);
    }

    @Test
    void a_ratio_keeps_its_numerator_and_denominator_exactly() {
        var entry = entry(Part.CORE_STAFF_RETENTION, freshQuarter(),
                new Measurement.Ratio(decimal("18999"), decimal("20000")), 0);

        manualEntries().save(entry);

        var found = manualEntries().find(entry.part(), entry.period()).orElseThrow();
        assertThat(found.measurement()).isInstanceOfSatisfying(Measurement.Ratio.class, ratio -> {
            assertThat(ratio.numerator()).isEqualByComparingTo("18999");
            assertThat(ratio.denominator()).isEqualByComparingTo("20000");
        });
        assertThat(found.measurement().meets(Part.CORE_STAFF_RETENTION.direction(), decimal("95"))).isFalse();
    }

    @Test
    void a_ratio_with_a_zero_denominator_stays_no_data() {
        var entry = entry(Part.TEAM_APPRAISAL_PASS_RATE, freshQuarter(), Measurement.Ratio.of(0, 0), 0);

        manualEntries().save(entry);

        assertStored(withVersion(entry, 1));
        assertThat(manualEntries().find(entry.part(), entry.period()).orElseThrow().measurement().figure()).isEmpty();
    }

    @Test
    void figures_with_many_decimals_negative_and_large_ones_round_trip() {
        var quarter = freshQuarter();
        var small = entry(Part.EFFICIENCY_IMPROVEMENT_RATE, quarter, new Measurement.Amount(decimal("-3.1416")), 0);
        var large = entry(Part.CORE_TARGET_ATTAINMENT, quarter, new Measurement.Amount(decimal("999999999.9999")), 0);
        var whole = entry(Part.OPTIMIZATION_PROJECTS_LANDED, quarter, new Measurement.Amount(decimal("3")), 0);

        for (var entry : List.of(small, large, whole)) {
            manualEntries().save(entry);
            assertStored(withVersion(entry, 1));
        }
    }

    @Test
    void a_year_is_a_period_of_its_own() {
        var year = freshYear();
        var entry = entry(Part.CUSTOMER_SATISFACTION, year, new Measurement.Amount(decimal("91.5")), 0);

        manualEntries().save(entry);

        assertStored(withVersion(entry, 1));
        assertThat(manualEntries().find(Part.CUSTOMER_SATISFACTION, new Period.Quarter(year.year(), 1))).isEmpty();
    }

    @Test
    void a_replacement_with_the_stored_version_is_saved_and_bumps_the_version() {
        var first = manualEntries().save(entry(Part.CORE_STAFF_RETENTION, freshQuarter(),
                new Measurement.Amount(decimal("80")), 0));
        var attachment = anAttachment();
        var replacement = new ManualEntry(first.part(), first.period(), Measurement.Ratio.of(17, 20),
                new Provenance.Manual("人力资源部更正：含试用期离职", Optional.of(attachment), "李专员",
                        AT.plusSeconds(86_400)), first.version());

        var saved = manualEntries().save(replacement);
        var again = manualEntries().save(new ManualEntry(saved.part(), saved.period(),
                new Measurement.Amount(decimal("85")), new Provenance.Manual("再次更正", Optional.empty(), "王运营", AT),
                saved.version()));

        assertThat(saved.version()).isEqualTo(2);
        assertThat(again.version()).isEqualTo(3);
        assertStored(again);
        assertThat(again.provenance().attachment()).isEmpty();
    }

    @Test
    void a_second_first_entry_for_the_same_part_and_period_is_refused() {
        var first = manualEntries().save(entry(Part.RISK_INCIDENCE, freshQuarter(),
                new Measurement.Amount(decimal("1.5")), 0));
        var rival = entry(first.part(), first.period(), new Measurement.Amount(decimal("0.5")), 0);

        assertThatThrownBy(() -> manualEntries().save(rival)).isInstanceOf(ConcurrentModification.class);
        assertStored(first);
    }

    @Test
    void a_stale_replacement_is_refused_and_changes_nothing() {
        var first = manualEntries().save(entry(Part.MAJOR_ACCIDENTS, freshQuarter(),
                new Measurement.Amount(decimal("0")), 0));
        var current = manualEntries().save(entry(first.part(), first.period(),
                new Measurement.Amount(decimal("1")), first.version()));

        var stale = entry(first.part(), first.period(), new Measurement.Amount(decimal("2")), first.version());

        assertThatThrownBy(() -> manualEntries().save(stale)).isInstanceOf(ConcurrentModification.class);
        assertStored(current);
    }

    @Test
    void replacing_an_entry_that_was_never_stored_is_refused() {
        var neverStored = entry(Part.KEY_INDICATORS_UNMET, freshQuarter(), new Measurement.Amount(decimal("0")), 1);

        assertThatThrownBy(() -> manualEntries().save(neverStored)).isInstanceOf(ConcurrentModification.class);
        assertThat(manualEntries().find(neverStored.part(), neverStored.period())).isEmpty();
    }

    @Test
    void an_unknown_part_and_period_finds_nothing() {
        var stored = manualEntries().save(entry(Part.INCIDENT_HANDLING_TIMELINESS, freshQuarter(),
                new Measurement.Amount(decimal("100")), 0));

        assertThat(manualEntries().find(Part.MAJOR_COMPLAINT_RATE, stored.period())).isEmpty();
        assertThat(manualEntries().find(stored.part(), freshQuarter())).isEmpty();
    }

    @Test
    void the_entries_of_several_periods_are_read_at_once() {
        var q1 = freshQuarter();
        var q2 = freshQuarter();
        var elsewhere = freshQuarter();
        var a = manualEntries().save(entry(Part.CUSTOMER_SATISFACTION, q1, new Measurement.Amount(decimal("92")), 0));
        var b = manualEntries().save(entry(Part.COLLABORATION_SATISFACTION, q1, Measurement.Ratio.of(43, 50), 0));
        var c = manualEntries().save(entry(Part.CUSTOMER_SATISFACTION, q2, new Measurement.Amount(decimal("88")), 0));
        var other = manualEntries().save(entry(Part.CUSTOMER_SATISFACTION, elsewhere,
                new Measurement.Amount(decimal("70")), 0));

        var found = manualEntries().forPeriods(List.of(q1, q2));

        assertThat(found).usingRecursiveFieldByFieldElementComparator(byValue()).contains(a, b, c)
                .doesNotContain(other);
        assertThat(found).allMatch(e -> e.period().equals(q1) || e.period().equals(q2));
        assertThat(manualEntries().forPeriods(List.of())).isEmpty();
        assertThat(manualEntries().forPeriods(List.of(freshQuarter()))).isEmpty();
    }
}
