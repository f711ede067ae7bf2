package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.team.port.in.ManageTraining;
import dev.opscharter.application.team.port.in.ManageTraining.NewCourse;
import dev.opscharter.application.team.port.in.RecordAppraisals;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlanId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demo mode: the Operations staff's training plans of last year and this year and their appraisal results of the last
 * four ended quarters, so the scorecard's team appraisal pass rate and training plan completion come from records
 * ({@link DemoWorkAndFigures}, next, types them only for quarters without). Recorded by the manager through the use
 * cases: most courses are completed a few days before they are due, a few of the quarters before the last ended one
 * late, and the courses due after today are not finished yet. One appraisal of the quarter three before the last
 * ended one fails (its pass rate is below 90 %); the quarter that ended last holds both parts.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoTeam implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTeam.class);
    /** How many ended quarters have appraisal results: the last four. */
    static final int APPRAISED_QUARTERS = 4;
    private static final String OPERATIONS = "OPERATIONS";
    private static final Set<String> LATE = Set.of("OPS-01", "OPS-04");

    /** A course of each year's plan: the same programme every year, due on the same day. */
    private record Offering(String code, String title, MonthDay due) {
    }

    private static final List<Offering> PROGRAMME = List.of(
            new Offering("OPS-01", "运营数据分析基础 / Operations data analysis basics", MonthDay.of(3, 20)),
            new Offering("OPS-02", "大促应急预案演练 / Promotion contingency drill", MonthDay.of(5, 29)),
            new Offering("OPS-03", "流程合规与内控 / Process compliance and internal control", MonthDay.of(6, 19)),
            new Offering("OPS-04", "跨部门沟通与协作 / Cross-department communication", MonthDay.of(9, 18)),
            new Offering("OPS-05", "安全生产年度培训 / Annual workplace safety", MonthDay.of(11, 20)),
            new Offering("OPS-06", "新订单系统操作 / The new order system", MonthDay.of(12, 18)));

    private final ManageTraining training;
    private final RecordAppraisals appraisals;
    private final TeamQueries team;
    private final PeopleQueries people;
    private final DepartmentQueries departments;
    private final SettingsStore settings;
    private final Clock clock;

    DemoTeam(ManageTraining training, RecordAppraisals appraisals, TeamQueries team, PeopleQueries people,
             DepartmentQueries departments, SettingsStore settings, Clock clock) {
        this.training = training;
        this.appraisals = appraisals;
        this.team = team;
        this.people = people;
        this.departments = departments;
        this.settings = settings;
        this.clock = clock;
    }

    /** The quarters with appraisal results, oldest first: their pass rate is not typed as well. */
    static List<Period.Quarter> appraisedQuarters(LocalDate today) {
        return Period.quarterOf(today).previous().trailing(APPRAISED_QUARTERS);
    }

    /** The quarters with a course due before today, oldest first: their training completion is not typed as well. */
    static List<Period.Quarter> trainedQuarters(LocalDate today) {
        var quarters = new LinkedHashSet<Period.Quarter>();
        for (var year : List.of(today.getYear() - 1, today.getYear())) {
            PROGRAMME.stream().map(course -> course.due().atYear(year)).filter(due -> due.isBefore(today))
                    .forEach(due -> quarters.add(Period.quarterOf(due)));
        }
        return List.copyOf(quarters);
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
        SystemTasks.asUser("manager", () -> {
            if (team.plan(today.getYear() - 1).isPresent() || team.plan(today.getYear()).isPresent()) {
                return;
            }
            var staff = staff();
            for (var year : List.of(today.getYear() - 1, today.getYear())) {
                plan(year, staff, today);
            }
            appraise(staff, today);
            log.info("Demo training plans of {} and {} and appraisals of {} to {} seeded", today.getYear() - 1,
                    today.getYear(), appraisedQuarters(today).getFirst(), appraisedQuarters(today).getLast());
        });
    }

    /** The Operations department's people as the organization keeps them, leavers included, longest serving first. */
    private List<Person> staff() {
        var operations = departments.all().stream().filter(d -> d.code().value().equals(OPERATIONS)).findFirst()
                .orElseThrow();
        return people.list(new PeopleFilter(Optional.empty(), Optional.of(operations.id()), true)).stream()
                .sorted(Comparator.comparing(Person::joinedOn).thenComparing(Person::name)).toList();
    }

    // ---- training

    private void plan(int year, List<Person> staff, LocalDate today) {
        var plan = training.drawPlan(RequestKey.fresh(), year);
        for (var course : PROGRAMME) {
            var due = course.due().atYear(year);
            var attendees = staff.stream().filter(p -> employedFor(p, due)).map(Person::id).toList();
            if (attendees.isEmpty()) {
                continue;
            }
            training.addCourse(plan, new NewCourse(course.code(), course.title(), due, attendees), version(year));
            for (int i = 0; i < attendees.size(); i++) {
                record(plan, year, course, due, attendees.get(i), late(course, due, i, today), today);
            }
        }
    }

    /** Attended a week before the course is due; completed three days before it, or nine days after when late. */
    private void record(TrainingPlanId plan, int year, Offering course, LocalDate due, PersonId person, boolean late,
                        LocalDate today) {
        var attended = due.minusDays(7);
        if (attended.isAfter(today)) {
            return;
        }
        training.recordAttendance(plan, course.code(), person, attended, version(year));
        var completed = late ? due.plusDays(9) : due.minusDays(3);
        if (!completed.isAfter(today)) {
            training.recordCompletion(plan, course.code(), person, completed,
                    new TrainingEvidence.Note("签到表与结业测验 / Sign-in sheet and final quiz"), version(year));
        }
    }

    /**
     * A few late completions: the second attendee of the first and the fourth course, where they are due before the
     * last ended quarter (which holds its 100 %).
     */
    private static boolean late(Offering course, LocalDate due, int attendee, LocalDate today) {
        return LATE.contains(course.code()) && attendee == 1
                && due.isBefore(Period.quarterOf(today).previous().firstDay());
    }

    /** Someone who joined at least a month before the day and had not left by it. */
    private static boolean employedFor(Person person, LocalDate day) {
        return !person.joinedOn().isAfter(day.minusMonths(1)) && person.employment().isActiveOn(day);
    }

    private long version(int year) {
        return team.plan(year).orElseThrow().record().version();
    }

    // ---- appraisals

    /**
     * Everyone employed through a quarter is appraised once: the manager by the director, the others by the manager.
     * Scores between 68 and 96; in the quarter three before the last ended one a newer specialist scores 55 and fails.
     */
    private void appraise(List<Person> staff, LocalDate today) {
        var manager = staff.stream().filter(p -> p.roles().contains(Role.OPS_MANAGER)).findFirst().orElseThrow();
        var director = people.list(PeopleFilter.EVERYONE).stream()
                .filter(p -> p.roles().contains(Role.OPS_DIRECTOR)).findFirst().orElseThrow();
        var quarters = appraisedQuarters(today);
        for (int q = 0; q < quarters.size(); q++) {
            var quarter = quarters.get(q);
            var appraised = staff.stream().filter(p -> employedFor(p, quarter.firstDay())
                    && p.employment().isActiveOn(quarter.lastDay())).toList();
            for (int i = 0; i < appraised.size(); i++) {
                var person = appraised.get(i);
                int score = q == 0 && i == appraised.size() - 1 ? 55 : 68 + (i * 7 + q * 5) % 29;
                var reviewer = person.equals(manager) ? director : manager;
                appraisals.record(RequestKey.fresh(), person.id(), quarter, score, reviewer.id());
            }
        }
    }
}
