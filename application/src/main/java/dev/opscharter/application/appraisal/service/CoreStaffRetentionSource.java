package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.shared.Period;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Core staff retention (核心员工留存率) from the people records: of the Operations department's core
 * staff employed on the first day of the period, the share still employed on its last day (or
 * today, while the period runs). No core staff at the start means no data, not 100 %.
 */
public final class CoreStaffRetentionSource implements IndicatorSource {

    public static final String SOURCE = "people";

    private final People people;
    private final Departments departments;
    private final Clock clock;

    public CoreStaffRetentionSource(People people, Departments departments, Clock clock) {
        this.people = people;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public Set<Part> parts() {
        return Set.of(Part.CORE_STAFF_RETENTION);
    }

    @Override
    public Optional<PartValue> valueOf(Part part, Period period, ZoneId zone) {
        return valuesOf(part, List.of(period), zone).stream().findFirst();
    }

    @Override
    public List<PartValue> valuesOf(Part part, Collection<? extends Period> periods, ZoneId zone) {
        if (part != Part.CORE_STAFF_RETENTION) {
            return List.of();
        }
        var operations = departments.all().stream().filter(d -> d.kind() == DepartmentKind.OPERATIONS)
                .map(Department::id).toList();
        var coreStaff = people.all().stream()
                .filter(p -> p.coreStaff() && operations.contains(p.departmentId()))
                .sorted(Comparator.comparing(Person::name))
                .toList();
        var today = LocalDate.ofInstant(clock.instant(), zone);
        return periods.stream().flatMap(period -> retention(period, coreStaff, today).stream()).toList();
    }

    private static Optional<PartValue> retention(Period period, List<Person> coreStaff, LocalDate today) {
        var start = period.firstDay();
        if (start.isAfter(today)) {
            return Optional.empty();
        }
        var end = period.lastDay().isBefore(today) ? period.lastDay() : today;
        var atStart = coreStaff.stream().filter(p -> employedOn(p, start)).toList();
        if (atStart.isEmpty()) {
            return Optional.empty();
        }
        var retained = atStart.stream().filter(p -> employedOn(p, end)).count();
        var evidence = atStart.stream().map(p -> switch (p.employment()) {
            case Employment.Left left when !left.on().isAfter(end) ->
                    new Provenance.Evidence(p.name(), "evidence.core-staff.left", List.of(left.on().toString()));
            default -> new Provenance.Evidence(p.name(), "evidence.core-staff.retained",
                    List.of(p.joinedOn().toString()));
        }).toList();
        return Optional.of(new PartValue(Part.CORE_STAFF_RETENTION, period, Measurement.Ratio.of(retained, atStart.size()),
                new Provenance.FromRecords(SOURCE, evidence)));
    }

    private static boolean employedOn(Person person, LocalDate day) {
        return !person.joinedOn().isAfter(day) && person.employment().isActiveOn(day);
    }
}
