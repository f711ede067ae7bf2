package dev.opscharter.application.team.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.team.port.out.AppraisalResults;
import dev.opscharter.application.team.port.out.TrainingPlans;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Proportion;
import dev.opscharter.domain.team.AppraisalPassRate;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.Course;
import dev.opscharter.domain.team.TrainingCompletion;
import dev.opscharter.domain.team.TrainingPlan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The team management indicator's two computed parts (团队管理成效, SPEC §2), read once for all periods asked:
 * <ul>
 *     <li>team appraisal pass rate: {@link AppraisalPassRate}, the people who passed over those appraised in each
 *     quarter of the period; the drill-down names each person with score, pass mark and reviewer;</li>
 *     <li>training plan completion: {@link TrainingCompletion}, the attendances due in the period completed by
 *     their due date over those due, as they stand today; the drill-down lists each course and who missed it.</li>
 * </ul>
 * A period without an appraisal, or without a course due, has no record of that part: it is left to hand entry, as
 * before the team was kept here.
 */
public final class TeamIndicatorsSource implements IndicatorSource.ReadOnce {

    public static final String SOURCE = "team";
    /** The team screen opened on a quarter's appraisals: where the drill-down's result lines lead. */
    public static final String QUARTER_LINK = "team?quarter=";
    /** The team screen opened on a year's training plan: where the drill-down's course lines lead. */
    public static final String YEAR_LINK = "team?year=";
    static final String KEY_PREFIX = "evidence.team.";

    private static final Set<Part> PARTS = Set.of(Part.TEAM_APPRAISAL_PASS_RATE, Part.TRAINING_PLAN_COMPLETION);

    private final TrainingPlans plans;
    private final AppraisalResults results;
    private final People people;
    private final Clock clock;

    public TeamIndicatorsSource(TrainingPlans plans, AppraisalResults results, People people, Clock clock) {
        this.plans = plans;
        this.results = results;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public Set<Part> parts() {
        return PARTS;
    }

    @Override
    public boolean leavesGapsToHandEntry() {
        return true;
    }

    @Override
    public List<PartValue> valuesOf(Set<Part> parts, Collection<? extends Period> periods, ZoneId zone) {
        if (periods.isEmpty() || parts.stream().noneMatch(PARTS::contains)) {
            return List.of();
        }
        int from = periods.stream().mapToInt(Period::year).min().orElseThrow();
        int to = periods.stream().mapToInt(Period::year).max().orElseThrow();
        var appraised = parts.contains(Part.TEAM_APPRAISAL_PASS_RATE)
                ? results.between(new Period.Quarter(from, 1), new Period.Quarter(to, 4)) : List.<AppraisalResult>of();
        var planned = parts.contains(Part.TRAINING_PLAN_COMPLETION) ? plans.ofYears(from, to) : List.<TrainingPlan>of();
        if (appraised.isEmpty() && planned.isEmpty()) {
            return List.of();
        }
        var names = people.all().stream().collect(Collectors.toMap(Person::id, Person::name));
        var today = LocalDate.ofInstant(clock.instant(), zone);
        var values = new ArrayList<PartValue>();
        for (var period : periods) {
            if (parts.contains(Part.TEAM_APPRAISAL_PASS_RATE)) {
                passRate(period, appraised, names).ifPresent(values::add);
            }
            if (parts.contains(Part.TRAINING_PLAN_COMPLETION)) {
                completion(period, planned, today, names).ifPresent(values::add);
            }
        }
        return values;
    }

    /** Each quarter's results of the period; a year sums its quarters' (a person counts in each quarter appraised). */
    private static Optional<PartValue> passRate(Period period, List<AppraisalResult> all,
                                                          Map<PersonId, String> names) {
        var quarters = period instanceof Period.Year year ? year.quarters() : List.of((Period.Quarter) period);
        long passed = 0;
        long appraised = 0;
        var evidence = new ArrayList<Provenance.Evidence>();
        for (var quarter : quarters) {
            var rate = AppraisalPassRate.of(all, quarter);
            passed += rate.passed();
            appraised += rate.appraised();
            all.stream().filter(r -> r.quarter().equals(quarter))
                    .sorted(Comparator.comparing((AppraisalResult r) -> name(names, r.person())))
                    .forEach(r -> evidence.add(new Provenance.Evidence(name(names, r.person()),
                            KEY_PREFIX + (r.passed() ? "passed" : "failed"), List.of(quarter.key(),
                            Integer.toString(r.score()), Integer.toString(r.passMark()),
                            name(names, r.reviewer())), Optional.of(QUARTER_LINK + quarter.key()))));
        }
        return value(Part.TEAM_APPRAISAL_PASS_RATE, period, new AppraisalPassRate(passed, appraised), evidence);
    }

    private static Optional<PartValue> completion(Period period, List<TrainingPlan> plans, LocalDate today,
                                                            Map<PersonId, String> names) {
        var evidence = new ArrayList<Provenance.Evidence>();
        var courses = plans.stream().flatMap(p -> p.courses().stream())
                .filter(c -> TrainingCompletion.dueIn(c, period, today))
                .sorted(Comparator.comparing(Course::due)
                        .thenComparing(Course::code)).toList();
        var sum = TrainingCompletion.NONE;
        for (var course : courses) {
            var of = TrainingCompletion.of(course);
            sum = sum.plus(of);
            evidence.add(new Provenance.Evidence(course.code() + " " + course.title(), KEY_PREFIX + "course",
                    List.of(course.due().toString(), Long.toString(of.completedOnTime()), Long.toString(of.due())),
                    Optional.of(YEAR_LINK + course.due().getYear())));
            var done = course.completedOnTime();
            course.attendees().stream().filter(p -> !done.contains(p)).forEach(p -> evidence.add(
                    new Provenance.Evidence(name(names, p), KEY_PREFIX + "missed",
                            List.of(course.code(), course.due().toString()))));
        }
        return value(Part.TRAINING_PLAN_COMPLETION, period, sum, evidence);
    }

    /** No figure without a whole: the period is left to hand entry. */
    private static Optional<PartValue> value(Part part, Period period, Proportion rate,
                                                       List<Provenance.Evidence> evidence) {
        if (!rate.defined()) {
            return Optional.empty();
        }
        return Optional.of(new PartValue(part, period, Measurement.Ratio.of(rate.part(), rate.whole()),
                new Provenance.FromRecords(SOURCE, evidence)));
    }

    /** A person no longer on record still shows, by id, rather than hiding the record behind the figure. */
    private static String name(Map<PersonId, String> names, PersonId id) {
        return names.getOrDefault(id, id.toString());
    }
}
