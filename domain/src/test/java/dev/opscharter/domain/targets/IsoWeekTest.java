package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTest {

    @Test
    void a_week_runs_monday_to_sunday_and_is_keyed_by_its_iso_number() {
        var week = IsoWeek.of(LocalDate.of(2026, 12, 9)); // a Wednesday

        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(week.key()).isEqualTo("2026-W50");
        assertThat(IsoWeek.parse("2026-W50")).isEqualTo(week);
    }

    @Test
    void a_week_across_new_year_counts_to_the_year_of_its_sunday() {
        var week = IsoWeek.of(LocalDate.of(2026, 12, 31)); // Mon 28 Dec 2026 – Sun 3 Jan 2027

        assertThat(week.key()).isEqualTo("2026-W53");
        assertThat(week.quarter()).isEqualTo(new Period.Quarter(2027, 1));
        assertThat(week.year()).isEqualTo(new Period.Year(2027));
        assertThat(IsoWeek.parse(week.key())).isEqualTo(week);
        assertThat(week.next().key()).isEqualTo("2027-W01");
    }

    @Test
    void the_last_ended_week_on_a_monday_is_the_one_before() {
        assertThat(IsoWeek.lastEndedOn(LocalDate.of(2026, 12, 7)).monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(IsoWeek.lastEndedOn(LocalDate.of(2026, 12, 13)).monday()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void refuses_what_is_no_week() {
        assertThatThrownBy(() -> IsoWeek.parse("2027-W53")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> IsoWeek.parse("2026-49")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new IsoWeek(LocalDate.of(2026, 12, 8))).isInstanceOf(IllegalArgumentException.class);
    }
}
