package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.BusinessUnit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.code;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link BusinessUnits} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class BusinessUnitsContract {

    protected abstract TargetStores stores();

    protected final BusinessUnits units() {
        return stores().units();
    }

    /** The Operations department V2 seeds (the database wants a unit's department to exist). */
    static final DepartmentId OPERATIONS = new DepartmentId(UUID.fromString("de000000-0000-4000-8000-000000000001"));

    @Test
    void a_new_unit_is_stored_as_version_1_and_each_change_moves_the_version_on() {
        var unit = BusinessUnit.create(code("U"), new BilingualName("华东区", "East"), Optional.of(OPERATIONS));

        var saved = units().save(unit);
        var renamed = units().save(new BusinessUnit(saved.id(), saved.code(), new BilingualName("华东大区", "East region"),
                Optional.empty(), false, saved.version()));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(units().byId(unit.id())).contains(renamed);
        assertThat(units().byCode(unit.code())).contains(renamed);
        assertThat(units().byCode(code("U"))).isEmpty();
    }

    @Test
    void a_change_from_a_version_no_longer_stored_is_refused_and_changes_nothing() {
        var saved = units().save(unit(code("U")));
        var first = units().save(withActive(saved, false));

        assertThatThrownBy(() -> units().save(withActive(saved, true))).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> units().save(new BusinessUnit(saved.id(), saved.code(), saved.name(),
                saved.department(), true, 0))).as("the same unit inserted again").isInstanceOf(ConcurrentModification.class);
        assertThat(units().byId(saved.id())).contains(first);
    }

    @Test
    void a_code_another_unit_holds_is_refused() {
        var taken = units().save(unit(code("U"))).code();
        var other = units().save(unit(code("U")));

        assertThatThrownBy(() -> units().save(unit(taken)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("validation.targets.unit-code-taken");
                    assertThat(e.arguments()).containsExactly(taken);
                });
        assertThatThrownBy(() -> units().save(new BusinessUnit(other.id(), taken, other.name(), other.department(),
                other.active(), other.version()))).isInstanceOf(InvalidValue.class);
        assertThat(units().byId(other.id())).contains(other);
    }

    @Test
    void pages_sort_by_the_keys_asked_then_by_code_and_never_overlap() {
        var prefix = code("P");
        var b = units().save(named(prefix + "_B", "乙", "Alpha"));
        var a = units().save(named(prefix + "_A", "丙", "Charlie"));
        var c = units().save(named(prefix + "_C", "甲", "Bravo"));

        assertThat(mine(everyPage(List.of()), prefix)).containsExactly(a, b, c);
        assertThat(mine(everyPage(List.of(new PageRequest.Order("nameEn", false))), prefix)).containsExactly(b, c, a);
        assertThat(mine(everyPage(List.of(new PageRequest.Order("code", true))), prefix)).containsExactly(c, b, a);
        assertThat(mine(everyPage(List.of(new PageRequest.Order("unknown", true))), prefix)).containsExactly(a, b, c);
    }

    @Test
    void inactive_units_are_listed_and_counted_only_when_asked_for() {
        long active = units().count(false);
        long all = units().count(true);
        var prefix = code("I");
        var inactive = units().save(withActive(units().save(unit(prefix + "_OFF")), false));
        var kept = units().save(unit(prefix + "_ON"));

        assertThat(units().count(false)).isEqualTo(active + 1);
        assertThat(units().count(true)).isEqualTo(all + 2);
        assertThat(mine(units().page(false, PageRequest.first(PageRequest.MAX_LIMIT)), prefix)).containsExactly(kept);
        assertThat(mine(units().page(true, new PageRequest(0, PageRequest.MAX_LIMIT,
                List.of(new PageRequest.Order("code", false)))), prefix)).containsExactly(inactive, kept);
    }

    /** Every unit, inactive ones too, read two at a time: no page repeats a unit. */
    private List<BusinessUnit> everyPage(List<PageRequest.Order> sort) {
        var all = new ArrayList<BusinessUnit>();
        long total = units().count(true);
        for (long offset = 0; offset < total; offset += 2) {
            all.addAll(units().page(true, new PageRequest(offset, 2, sort)));
        }
        assertThat(all).doesNotHaveDuplicates().hasSize((int) total);
        return all;
    }

    private static List<BusinessUnit> mine(List<BusinessUnit> units, String prefix) {
        return units.stream().filter(u -> u.code().startsWith(prefix)).toList();
    }

    private static BusinessUnit named(String code, String chinese, String english) {
        return BusinessUnit.create(code, new BilingualName(chinese, english), Optional.empty());
    }

    private static BusinessUnit withActive(BusinessUnit unit, boolean active) {
        return new BusinessUnit(unit.id(), unit.code(), unit.name(), unit.department(), active, unit.version());
    }
}
