package dev.opscharter.application.appraisal;

import dev.opscharter.application.appraisal.fakes.FixedIndicatorSource;
import dev.opscharter.application.appraisal.fakes.InMemoryManualEntries;
import dev.opscharter.application.appraisal.fakes.InMemoryScorecardApprovals;
import dev.opscharter.application.appraisal.fakes.InMemoryStandards;
import dev.opscharter.application.appraisal.fakes.RecordingScorecardRenderer;
import dev.opscharter.application.appraisal.service.AppraisalService;
import dev.opscharter.application.appraisal.service.CoreStaffRetentionSource;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.fakes.InMemoryAttachments;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Basis;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The appraisal context on in-memory fakes: the charter's standards in force since 2020, the
 * Operations department (whose core staff the retention source counts) and a source of fixed
 * figures. Today is 14 May 2026 (the second quarter); the manager acts first.
 */
public final class AppraisalFixture {

    public final OrganizationFixture org = new OrganizationFixture();
    public final InMemoryManualEntries manualEntries = new InMemoryManualEntries();
    public final InMemoryStandards standards = new InMemoryStandards();
    public final InMemoryScorecardApprovals approvals = new InMemoryScorecardApprovals();
    public final InMemoryAttachments attachments = new InMemoryAttachments();
    public final RecordingScorecardRenderer renderer = new RecordingScorecardRenderer();
    /** Declare its parts ({@code supplies}) before {@link #service()}: the service reads them once. */
    public final FixedIndicatorSource fixedSource = new FixedIndicatorSource();
    public final CoreStaffRetentionSource retention;

    public final Department operations = org.department("OPERATIONS", DepartmentKind.OPERATIONS);
    public final Department sales = org.department("SALES");

    public final Actor manager = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    public final Actor specialist = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    public final Actor director = Actor.user("director", Set.of(Role.OPS_DIRECTOR));

    public final AppraisalStandards charterStandards = AppraisalStandards.charter(2020, "system",
            OrganizationFixture.NOW.minusSeconds(86_400L * 365 * 3));

    public AppraisalFixture() {
        retention = new CoreStaffRetentionSource(org.people, org.departments, org.clock);
        standards.add(charterStandards);
        org.actAs(manager);
    }

    public AppraisalService service() {
        return new AppraisalService(List.of(retention, fixedSource), manualEntries, standards, approvals, attachments,
                renderer, () -> Map.of("director", "王建国"), org.useCase);
    }

    public Actor actAs(Actor someone) {
        return org.actAs(someone);
    }

    /** A core staff member of Operations, employed since long ago. */
    public Person coreStaff(String name) {
        return org.person(name, operations).roles(Role.OPS_SPECIALIST).coreStaff().save();
    }

    public Person coreStaffLeftOn(String name, LocalDate leftOn) {
        return org.person(name, operations).roles(Role.OPS_SPECIALIST).coreStaff().leftOn(leftOn).save();
    }

    /** Records a departure after the fact, as the people use case would. */
    public Person recordDeparture(Person person, LocalDate on) {
        var stored = org.stored(person);
        return org.people.save(stored.leave(on, stored.version()));
    }

    /**
     * Figures that meet the charter's standard for every part of {@code period} that has none yet
     * (a core staff member for the retention), entered by the manager: the director may then approve it.
     */
    public void completeFigures(AppraisalService service, Period period) {
        var previous = org.actor.get();
        actAs(manager);
        var missing = service.scorecard(period).scorecard().partsWithoutData();
        if (missing.contains(Part.CORE_STAFF_RETENTION)) {
            coreStaff("留任者");
        }
        for (var part : missing) {
            var periods = part.basis() == Basis.YEAR && period instanceof Period.Year year
                    ? List.<Period>copyOf(year.quarters()) : List.of(period);
            for (var each : periods) {
                if (part != Part.CORE_STAFF_RETENTION && manualEntries.find(part, each).isEmpty()) {
                    service.enter(part, each, new Measurement.Amount(part.charterThreshold()), "complete",
                            Optional.empty(), 0);
                }
            }
        }
        actAs(previous);
    }

    /** The charter's thresholds with some replaced. */
    public static Map<Part, BigDecimal> thresholdsWith(Map<Part, String> changes) {
        var thresholds = new EnumMap<Part, BigDecimal>(Part.class);
        for (var part : Part.values()) {
            thresholds.put(part, part.charterThreshold());
        }
        changes.forEach((part, value) -> thresholds.put(part, new BigDecimal(value)));
        return thresholds;
    }
}
