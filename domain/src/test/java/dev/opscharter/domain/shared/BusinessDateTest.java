package dev.opscharter.domain.shared;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessDateTest {

    @Test
    void dates_from_1990_to_2100_inclusive_are_accepted_and_any_other_is_refused_for_its_field() {
        assertThat(BusinessDate.check(LocalDate.of(1990, 1, 1), "dueOn")).isEqualTo(BusinessDate.FIRST);
        assertThat(BusinessDate.check(LocalDate.of(2100, 12, 31), "dueOn")).isEqualTo(BusinessDate.LAST);
        for (var outside : new LocalDate[] {LocalDate.of(1989, 12, 31), LocalDate.of(2101, 1, 1),
                LocalDate.of(26, 7, 1), LocalDate.of(20260, 7, 1)}) {
            assertThatThrownBy(() -> BusinessDate.check(outside, "dueOn")).isInstanceOfSatisfying(InvalidValue.class,
                    e -> {
                        assertThat(e.field()).isEqualTo("dueOn");
                        assertThat(e.messageKey()).isEqualTo("validation.date.range");
                    });
        }
    }

    @Test
    void an_instant_counts_by_its_day_in_utc() {
        assertThat(BusinessDate.contains(Instant.parse("1990-01-01T00:00:00Z"))).isTrue();
        assertThat(BusinessDate.contains(Instant.parse("2100-12-31T23:59:59Z"))).isTrue();
        assertThat(BusinessDate.contains(Instant.parse("1989-12-31T23:59:59Z"))).isFalse();
        assertThat(BusinessDate.contains(Instant.parse("2101-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void the_domain_refuses_such_a_date_where_it_is_recorded() {
        assertThatThrownBy(() -> Person.hire("Li Wei", new EmailAddress("li.wei@example.com"), DepartmentId.random(),
                Set.of(), false, LocalDate.of(1900, 1, 1)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("joinedOn"));
        var person = Person.hire("Li Wei", new EmailAddress("li.wei@example.com"), DepartmentId.random(), Set.of(),
                false, LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> person.leave(LocalDate.of(2200, 1, 1), 0))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("leftOn"));
    }
}
