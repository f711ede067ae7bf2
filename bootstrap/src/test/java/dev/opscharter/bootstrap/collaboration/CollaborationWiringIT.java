package dev.opscharter.bootstrap.collaboration;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.collaboration.port.in.ManageMeetings;
import dev.opscharter.application.collaboration.port.in.ManageMeetings.NewSeries;
import dev.opscharter.application.collaboration.port.in.ManageProjects;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.application.collaboration.port.in.ProjectQueries;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.bootstrap.jobs.CollaborationMeetingsJob;
import dev.opscharter.bootstrap.jobs.OverdueMilestonesJob;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingSeriesId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.organization.DepartmentCode;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collaboration on its PostgreSQL stores, the charter's work items, the inbox and its two jobs. The database is
 * shared: the default series are everyone's (the job may have run before), so the test counts what lies ahead of
 * now; what else it makes carries a suffix of its own. No application test moves the clock: a meeting already held
 * is stored as two days ago, as the incidents' job test stores an incident reported hours ago.
 */
@OpsCharterSpringTest
class CollaborationWiringIT {

    static final DepartmentCode FINANCE = new DepartmentCode("FINANCE");
    static final String MEETING_LINK = "collaboration/meetings?meeting=";
    static final String PROJECT_LINK = "collaboration/projects?project=";

    @Autowired
    ManageMeetings manage;
    @Autowired
    MeetingQueries queries;
    @Autowired
    RecurringMeetings series;
    @Autowired
    Meetings meetings;
    @Autowired
    ManageProjects projects;
    @Autowired
    ProjectQueries projectQueries;
    @Autowired
    ManageWorkItems workItems;
    @Autowired
    WorkItems storedWorkItems;
    @Autowired
    Departments departments;
    @Autowired
    InboxStore inbox;
    @Autowired
    CollaborationMeetingsJob meetingsJob;
    @Autowired
    OverdueMilestonesJob milestonesJob;
    @Autowired
    StorageProvider jobStorage;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private SignedIn signedIn;

    @BeforeEach
    void signInAsTheManager() {
        signedIn = new SignedIn(users);
        signedIn.switchTo("manager");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_meetings_run_hourly_and_the_escalation_daily_in_the_organization_time_zone() {
        assertThat(recurring("collaboration-meetings")).isEqualTo(List.of("5 * * * *", "Asia/Shanghai",
                CollaborationMeetingsJob.class.getName()));
        assertThat(recurring("overdue-milestones")).isEqualTo(List.of("0 8 * * *", "Asia/Shanghai",
                OverdueMilestonesJob.class.getName()));
    }

    @Test
    void the_job_makes_the_next_meeting_of_each_default_series_once_and_tells_its_participants_once() {
        meetingsJob.run();
        meetingsJob.run();

        var defaults = MeetingSeries.defaults().stream().map(MeetingSeries::title).toList();
        var seeded = queries.series().stream().filter(s -> defaults.contains(s.title())).toList();
        assertThat(seeded).hasSize(2);
        for (var each : seeded) {
            assertThat(ahead(each.id())).isEqualTo(1);
            var next = meetings.latestOf(each.id()).orElseThrow();
            assertThat(next.scheduledAt()).isAfter(clock.instant());
            assertThat(next.departments()).isEqualTo(each.departments());
            assertThat(told("manager", MEETING_LINK + next.id())).singleElement()
                    .satisfies(e -> assertThat(e.subjectKey()).isEqualTo("notification.meeting.scheduled"));
        }
        var finance = seeded.stream().filter(s -> s.departments().contains(FINANCE)).findFirst().orElseThrow();
        var sales = seeded.stream().filter(s -> !s.departments().contains(FINANCE)).findFirst().orElseThrow();
        assertThat(told("finance.lead", MEETING_LINK + meetings.latestOf(finance.id()).orElseThrow().id()))
                .hasSize(1);
        assertThat(told("sales.lead", MEETING_LINK + meetings.latestOf(sales.id()).orElseThrow().id()))
                .hasSize(1);
        assertThat(told("finance.lead", MEETING_LINK + meetings.latestOf(sales.id()).orElseThrow().id()))
                .isEmpty();
    }

    @Test
    void two_runs_at_once_make_one_meeting_of_a_new_series_and_tell_once() {
        var weekly = manage.setUp(RequestKey.fresh(), new NewSeries("产品周会 " + suffix, "新品进度",
                Set.of(new DepartmentCode("PRODUCT"), FINANCE), new Recurrence.Weekly(DayOfWeek.WEDNESDAY,
                LocalTime.of(9, 30))));

        var runs = List.of(CompletableFuture.runAsync(meetingsJob::run), CompletableFuture.runAsync(meetingsJob::run));
        runs.forEach(CompletableFuture::join);

        assertThat(ahead(weekly)).isEqualTo(1);
        var next = meetings.latestOf(weekly).orElseThrow();
        assertThat(next.carried()).isEmpty();
        assertThat(next.agenda()).containsExactly("新品进度");
        assertThat(told("finance.lead", MEETING_LINK + next.id())).hasSize(1);
        assertThat(told("manager", MEETING_LINK + next.id())).hasSize(1);
    }

    @Test
    void an_item_for_finance_goes_to_its_lead_citing_the_charter_and_leaves_the_next_meetings_open_items_once_done() {
        var monthly = manage.setUp(RequestKey.fresh(), new NewSeries("财务月度对账会 " + suffix, "核对运营成本",
                Set.of(FINANCE), new Recurrence.Monthly(5, LocalTime.of(14, 0))));
        var held = held(monthly);
        var forFinance = addItem(held, "说明五月成本差异", "BUDGET_APPROVAL");
        var ours = addItem(held, "更新成本看板", "CROSS_DEPARTMENT_COORDINATION");

        var item = storedWorkItems.byId(forFinance).orElseThrow();
        var financeId = departments.byCode(FINANCE).orElseThrow().id();
        assertThat(item.decision()).isInstanceOfSatisfying(BoundaryDecision.Redirect.class, redirect -> {
            assertThat(redirect.owner()).isEqualTo(financeId);
            assertThat(redirect.citation().textEn()).contains("budget approval");
        });
        assertThat(item.dueOn()).contains(calendar.today().plusDays(20));

        var next = SystemTasks.asScheduled(() -> manage.scheduleNext(monthly)).orElseThrow();
        assertThat(next).isNotEqualTo(held);
        assertThat(meetings.byId(next).orElseThrow().carried()).extracting(a -> a.workItem().orElseThrow())
                .containsExactly(forFinance, ours);
        assertThat(openWorkItems(next)).containsExactly(forFinance, ours);

        // Operations asks Finance's lead to sign off; the lead approves, which finishes the work item
        workItems.requestSignOff(forFinance, version(forFinance));
        signedIn.as("finance.lead", () -> {
            workItems.decideSignOff(forFinance, true, "差异已说明", version(forFinance));
            return null;
        });

        assertThat(storedWorkItems.byId(forFinance).orElseThrow().status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(openWorkItems(next)).containsExactly(ours);
        assertThat(openWorkItems(held)).containsExactly(ours);
    }

    @Test
    void an_overdue_milestone_is_escalated_to_its_lead_and_from_the_third_day_to_the_manager_once_a_day() {
        var today = calendar.today();
        var project = projects.start(RequestKey.fresh(), ProjectKind.ECOMMERCE_PROMOTION, "双十一大促 " + suffix,
                "大促期间订单准时交付", today.minusDays(30));
        projects.assign(project, FINANCE, "促销预算与结算", version(project));
        projects.addMilestone(project, "促销预算获批", FINANCE, today.minusDays(4), version(project));
        projects.addMilestone(project, "结算方案确认", FINANCE, today.plusDays(10), version(project));

        milestonesJob.run();
        milestonesJob.run();

        assertThat(projectQueries.overdueMilestones()).filteredOn(o -> o.project().id().equals(project))
                .singleElement().satisfies(o -> assertThat(o.milestone().title()).isEqualTo("促销预算获批"));
        assertThat(told("finance.lead", PROJECT_LINK + project)).singleElement().satisfies(e -> {
            assertThat(e.subjectKey()).isEqualTo("notification.milestone.overdue.lead");
            assertThat(e.arguments()).containsExactly("双十一大促 " + suffix, "促销预算获批",
                    today.minusDays(4).toString(), "4");
        });
        assertThat(told("manager", PROJECT_LINK + project)).singleElement()
                .satisfies(e -> assertThat(e.subjectKey()).isEqualTo("notification.milestone.overdue.manager"));
    }

    // ---- helpers

    private List<String> recurring(String id) {
        var job = jobStorage.getRecurringJobs().stream().filter(j -> j.getId().equals(id)).findFirst().orElseThrow();
        return List.of(job.getScheduleExpression(), job.getZoneId(), job.getJobDetails().getClassName());
    }

    private long ahead(MeetingSeriesId id) {
        return jdbc.sql("select count(*) from meeting where series_id = :series and scheduled_at > now()")
                .param("series", id.value()).query(Long.class).single();
    }

    /** A meeting of the series two days ago, its minutes taken by the specialist. */
    private MeetingId held(MeetingSeriesId id) {
        var past = meetings.save(Meeting.schedule(series.byId(id).orElseThrow(),
                clock.instant().minus(Duration.ofDays(2)), Optional.empty(), workItem -> true));
        signedIn.as("specialist", () -> {
            manage.recordMinutes(past.id(), "五月成本与预算差异 3%", List.of("差异由促销费用造成"), past.version());
            return null;
        });
        return past.id();
    }

    private WorkItemId addItem(MeetingId meeting, String title, String dutyType) {
        return signedIn.as("specialist", () -> manage.addActionItem(RequestKey.fresh(), meeting,
                new NewActionItem(FINANCE, title, calendar.today().plusDays(20), dutyType),
                queries.meeting(meeting).record().version()));
    }

    private List<WorkItemId> openWorkItems(MeetingId meeting) {
        return queries.openItems(meeting).stream().map(ActionItem::workItem).flatMap(Optional::stream).toList();
    }

    private long version(WorkItemId id) {
        return storedWorkItems.byId(id).orElseThrow().version();
    }

    private long version(CrossDepartmentProjectId id) {
        return projectQueries.project(id).record().version();
    }

    private List<InboxEntry> told(String recipient, String link) {
        return inbox.forRecipient(recipient, 500).stream().filter(e -> e.link().equals(link)).toList();
    }
}
