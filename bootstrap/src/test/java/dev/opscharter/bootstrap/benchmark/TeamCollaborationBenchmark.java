package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.application.collaboration.port.in.ProjectQueries;
import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.team.port.out.AppraisalResults;
import dev.opscharter.application.team.port.out.TrainingPlans;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingStatus;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.collaboration.MilestoneId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.collaboration.ProjectStatus;
import dev.opscharter.domain.collaboration.Responsibility;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.AppraisalResultId;
import dev.opscharter.domain.team.Attendance;
import dev.opscharter.domain.team.Course;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlan;
import dev.opscharter.domain.team.TrainingPlanId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The team and collaboration at the size of issue 16, on the real application (embedded PostgreSQL, demo data):
 * {@value #PEOPLE} Operations people with a year of team records — an appraisal each in the four quarters up to the
 * last ended one, {@value #COURSES} courses over the twelve months to its end with {@value #ATTENDEES} attendees each,
 * every 25th completion late — and five years of both default series' meetings (weekly and monthly, three action
 * items each, every one a work item) and {@value #PROJECTS} cross-department projects and launches (three
 * departments' parts, five milestones each). Measured: the last ended quarter's scorecard (its pass rate and training
 * completion computed from those records), and the meeting and project pages as their screens ask them: a page of
 * the list with its count, and the detail of its first row (with a meeting's open items).
 *
 * <p>Run: {@code docs/measure/team-benchmark.sh}. Targets: the scorecard ≤ 50 ms, each page ≤ 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx768m"})
public class TeamCollaborationBenchmark {

    static final int PEOPLE = 600;
    static final int COURSES = 24;
    static final int ATTENDEES = 200;
    static final int YEARS_OF_MEETINGS = 5;
    static final int PROJECTS = 1_000;
    private static final int PAGE = 50;
    private static final List<DepartmentCode> DEPARTMENTS = List.of("SALES", "MARKETING", "CUSTOMER_SERVICE",
            "FINANCE", "SUPPLY_CHAIN", "IT").stream().map(DepartmentCode::new).toList();

    private ConfigurableApplicationContext context;
    private ScorecardQueries scorecards;
    private MeetingQueries meetings;
    private ProjectQueries projects;
    private Period.Quarter lastEnded;
    private long meetingCount;
    private long page;

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = BenchmarkApp.demo(Files.createTempDirectory("opscharter-bench"));
        scorecards = context.getBean(ScorecardQueries.class);
        meetings = context.getBean(MeetingQueries.class);
        projects = context.getBean(ProjectQueries.class);
        lastEnded = BenchmarkApp.lastEndedQuarter(context);
        var zone = context.getBean(SettingsStore.class).load().timeZone();
        var now = context.getBean(Clock.class).instant();
        long started = System.nanoTime();
        var staff = hire();
        appraise(staff);
        train(staff);
        SystemTasks.asUser("manager", () -> {
            holdMeetings(now, zone);
            meetingCount = meetings.countMeetings();
        });
        seedProjects(LocalDate.ofInstant(now, zone), now);
        System.out.printf("setup: %,d people, %,d appraisals, %,d courses × %,d attendees, %,d meetings, %,d projects "
                + "in %.1f s%n", PEOPLE, PEOPLE * 4, COURSES, ATTENDEES, meetingCount, PROJECTS,
                (System.nanoTime() - started) / 1e9);
        SystemTasks.asUser("director", this::printTeamFigures);
    }

    /** What is measured: both team parts of the last ended quarter computed from the records just stored. */
    private void printTeamFigures() {
        var scorecard = scorecards.scorecard(lastEnded).scorecard();
        for (var part : List.of(Part.TEAM_APPRAISAL_PASS_RATE, Part.TRAINING_PLAN_COMPLETION)) {
            var result = scorecard.part(part).orElseThrow();
            System.out.printf("%s %s: %s from %s%n", lastEnded, part, result.figure().orElseThrow(),
                    result.values().stream().map(v -> v.provenance().getClass().getSimpleName()).toList());
        }
    }

    // ---- team

    private List<PersonId> hire() {
        var people = context.getBean(People.class);
        var operations = context.getBean(Departments.class).byCode(new DepartmentCode("OPERATIONS")).orElseThrow().id();
        var joined = lastEnded.firstDay().minusYears(2);
        var staff = new ArrayList<PersonId>();
        for (int p = 0; p < PEOPLE; p++) {
            staff.add(people.save(Person.hire("运营员工 " + p, new EmailAddress("bench.ops" + p + "@example.com"),
                    operations, Set.of(), p % 5 == 0, joined)).id());
        }
        return staff;
    }

    /** Each person in each of the four quarters up to the last ended one; one in twelve below the pass mark. */
    private void appraise(List<PersonId> staff) {
        var results = context.getBean(AppraisalResults.class);
        var at = context.getBean(Clock.class).instant();
        for (var quarter : lastEnded.trailing(4)) {
            for (int p = 0; p < staff.size(); p++) {
                int score = p % 12 == 0 ? 52 : 61 + p % 39;
                results.save(new AppraisalResult(AppraisalResultId.random(), staff.get(p), quarter, score,
                        AppraisalResult.DEFAULT_PASS_MARK, staff.get((p + 1) % staff.size()), "manager", at, 0));
            }
        }
    }

    /** Two courses a month over the twelve months to the last ended quarter's end, in the plans of their years. */
    private void train(List<PersonId> staff) {
        var byYear = new HashMap<Integer, List<Course>>();
        var end = lastEnded.endExclusive();
        for (int c = 0; c < COURSES; c++) {
            var due = end.minusMonths(12).plusDays(15L * c + 10);
            var attendees = new ArrayList<PersonId>();
            var attendance = new HashMap<PersonId, Attendance>();
            for (int a = 0; a < ATTENDEES; a++) {
                var person = staff.get((c * ATTENDEES / 3 + a) % staff.size());
                attendees.add(person);
                var completed = a % 25 == 0 ? due.plusDays(5) : due.minusDays(2);
                attendance.put(person, new Attendance(due.minusDays(7), "manager", Optional.of(new Attendance
                        .Completion(completed, new TrainingEvidence.Note("结业测验 / Final quiz"), "manager"))));
            }
            byYear.computeIfAbsent(due.getYear(), year -> new ArrayList<>()).add(new Course("B-" + c,
                    "基准课程 " + c + " / Benchmark course " + c, due, attendees, attendance));
        }
        var plans = context.getBean(TrainingPlans.class);
        byYear.forEach((year, courses) -> {
            var plan = plans.ofYear(year).orElseGet(() -> new TrainingPlan(TrainingPlanId.random(),
                    new Period.Year(year), List.of(), 0));
            var all = new ArrayList<>(plan.courses());
            all.addAll(courses);
            plans.save(new TrainingPlan(plan.id(), plan.year(), all, plan.version()));
        });
    }

    // ---- collaboration

    /**
     * Both default series' meetings of five years, before the demo's: three items each, registered as work items by
     * the manager.
     */
    private void holdMeetings(Instant now, ZoneId zone) {
        var store = context.getBean(Meetings.class);
        var seriesList = context.getBean(RecurringMeetings.class).all();
        var from = now.minus(Duration.ofDays(365L * YEARS_OF_MEETINGS));
        var until = now.minus(Duration.ofDays(100));
        int held = 0;
        for (var series : seriesList) {
            for (var at = series.recurrence().nextAfter(from, zone); at.isBefore(until);
                 at = series.recurrence().nextAfter(at, zone)) {
                store.save(meeting(series, at, LocalDate.ofInstant(at, zone), held++));
            }
        }
    }

    private Meeting meeting(MeetingSeries series, Instant at, LocalDate day, int n) {
        var workItems = context.getBean(ManageWorkItems.class);
        var items = new ArrayList<ActionItem>();
        for (int i = 0; i < 3; i++) {
            var owner = DEPARTMENTS.get((n + i) % DEPARTMENTS.size());
            var title = "会议 " + n + " 事项 " + i + " / Meeting " + n + " item " + i;
            var due = day.plusDays(7L * (i + 1));
            var workItem = workItems.register(new WorkItemDraft(WorkItemKind.ACTION, title,
                    series.title() + " · " + owner.value(), "CROSS_DEPARTMENT_COORDINATION", Optional.of(due)));
            items.add(ActionItem.of(owner, title, due, new DutyType("CROSS_DEPARTMENT_COORDINATION"))
                    .registeredAs(workItem));
        }
        return new Meeting(MeetingId.random(), series.id(), series.title(), series.departments(), at,
                List.of(series.topic(), "上周事项跟进 / Last week's items", "下周重点 / Next week's focus"), List.of(),
                "会议纪要 ".repeat(60) + n, List.of("决议 " + n + "-1 / Decision", "决议 " + n + "-2 / Decision"),
                items, MeetingStatus.CLOSED, 0);
    }

    /** Spread over five years: the older ones completed or cancelled, the latest tenth running. */
    private void seedProjects(LocalDate today, Instant now) {
        var store = context.getBean(CrossDepartmentProjects.class);
        for (int p = 0; p < PROJECTS; p++) {
            var starts = today.minusDays((long) (PROJECTS - p) * 365 * YEARS_OF_MEETINGS / PROJECTS);
            var parts = new ArrayList<Responsibility>();
            for (int d = 0; d < 3; d++) {
                parts.add(new Responsibility(DEPARTMENTS.get((p + d) % DEPARTMENTS.size()), "职责 " + d + " / Duty"));
            }
            var running = p >= PROJECTS * 9 / 10;
            var milestones = new ArrayList<Milestone>();
            for (int m = 0; m < 5; m++) {
                var due = starts.plusDays(14L * (m + 1));
                var done = !running || due.isBefore(today.minusDays(7)) ? Optional.of(due) : Optional.<LocalDate>empty();
                milestones.add(new Milestone(MilestoneId.random(), "里程碑 " + m + " / Milestone " + m,
                        parts.get(m % parts.size()).department(), due, done));
            }
            var kind = ProjectKind.values()[p % ProjectKind.values().length];
            var status = running ? ProjectStatus.ACTIVE : p % 20 == 0 ? ProjectStatus.CANCELLED : ProjectStatus.COMPLETED;
            store.save(new CrossDepartmentProject(CrossDepartmentProjectId.random(), kind, "项目 " + p + " / Project " + p,
                    "目标 " + p + " / Goal", starts, parts, milestones, status, "manager",
                    now.minus(Duration.ofDays(PROJECTS - p)), 0));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public void scorecardOfLastQuarter(Blackhole sink) {
        SystemTasks.asUser("director", () -> sink.consume(scorecards.scorecard(lastEnded)));
    }

    /** What the meeting screen asks: a page of the list, the count, and the first row's detail with its open items. */
    @Benchmark
    public void meetingPage(Blackhole sink) {
        var offset = (page++ * PAGE) % meetingCount;
        SystemTasks.asUser("manager", () -> {
            var rows = meetings.meetings(new PageRequest(offset, PAGE));
            sink.consume(meetings.countMeetings());
            sink.consume(meetings.meeting(rows.getFirst().id()));
            sink.consume(meetings.openItems(rows.getFirst().id()));
        });
    }

    /** What the project screen asks: a page of the list, the count, and the first row's detail. */
    @Benchmark
    public void projectPage(Blackhole sink) {
        var offset = (page++ * PAGE) % PROJECTS;
        SystemTasks.asUser("manager", () -> {
            var rows = projects.projects(new PageRequest(offset, PAGE));
            sink.consume(projects.countProjects());
            sink.consume(projects.project(rows.getFirst().id()));
        });
    }
}
