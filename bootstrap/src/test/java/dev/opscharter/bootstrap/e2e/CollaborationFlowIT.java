package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.opscharter.application.collaboration.port.in.ManageMeetings;
import dev.opscharter.application.collaboration.port.in.ManageMeetings.NewSeries;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeriesId;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.organization.DepartmentCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 16's flow in a real browser: the specialist takes the minutes of a meeting with Finance and agrees an action
 * item that the charter reserves to Finance (department budget approval); the work item is redirected to Finance,
 * citing the line, and the next meeting — already scheduled — lists it among the open items; Operations asks
 * Finance's lead to sign off, the lead approves, and the item is gone from the next meeting's open items.
 */
@RunningApplicationTest
class CollaborationFlowIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    ManageMeetings manage;
    @Autowired
    MeetingQueries queries;
    @Autowired
    RecurringMeetings series;
    @Autowired
    Meetings meetings;
    @Autowired
    Clock clock;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launch();
        // a busy two-core machine may take longer than the assertions' default 5 s to answer
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void an_item_for_finance_is_redirected_to_its_lead_and_once_approved_leaves_the_next_meetings_open_items() {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var title = "审批五月促销预算 " + tag;
        var seriesId = new MeetingSeriesId[1];
        SystemTasks.asUser("manager", () -> seriesId[0] = manage.setUp(RequestKey.fresh(), new NewSeries(
                "财务对账会 " + tag, "核对运营成本", Set.of(new DepartmentCode("FINANCE")),
                new Recurrence.Monthly(5, LocalTime.of(14, 0)))));
        // the meeting held an hour ago; the schedule then makes the next one, as its hourly job does
        var held = meetings.save(Meeting.schedule(series.byId(seriesId[0]).orElseThrow(),
                clock.instant().minus(Duration.ofHours(1)), Optional.empty(), id -> true)).id();
        var next = SystemTasks.asScheduled(() -> manage.scheduleNext(seriesId[0])).orElseThrow();

        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 1000))) {
            var page = context.newPage();
            Chromium.signIn(page, port, "specialist");

            // 1. the minutes, and an action item the charter reserves to Finance
            page.navigate(url("/collaboration/meetings?meeting=" + held));
            page.locator("#meeting-step-minutes").click();
            page.locator("#meeting-minutes-text textarea").fill("五月运营成本已与财务核对，促销预算待财务审批");
            page.locator("#meeting-minutes-save").click();
            assertThat(page.locator("#meeting-minutes-dialog")).hasCount(0);
            assertThat(page.locator("#meeting-minutes")).containsText("促销预算待财务审批");
            page.locator("#meeting-step-item").click();
            Chromium.choose(page, "#meeting-item-department", "财务部");
            page.locator("#meeting-item-title input").fill(title);
            Chromium.choose(page, "#meeting-item-duty-type", "部门预算审批");
            page.locator("#meeting-item-save").click();
            assertThat(page.locator("#meeting-item-dialog")).hasCount(0);
            assertThat(itemIn(page, "#meeting-items", title)).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/meeting-item-added.png")));

            // 2. the work item is redirected to Finance with the charter line cited; Operations asks for the sign-off
            var workItem = workItemOf(held, title);
            page.navigate(url("/charter/work-items?item=" + workItem));
            assertThat(page.locator("#work-item-routing")).containsText("财务部");
            assertThat(page.locator("#work-item-citation")).containsText("部门预算审批");
            page.locator("#work-item-request-sign-off").click();
            assertThat(page.locator("#work-item-sign-off")).isVisible();

            // 3. the next meeting lists it among the items still open
            page.navigate(url("/collaboration/meetings?meeting=" + next));
            assertThat(itemIn(page, "#meeting-carried", title)).isVisible();

            // 4. Finance's lead approves: the work item is done
            page.context().clearCookies();
            Chromium.signIn(page, port, "finance.lead");
            page.navigate(url("/charter/work-items?item=" + workItem));
            page.locator("#work-item-approve").click();
            page.locator("#work-item-comment textarea").fill("预算已审核通过");
            page.locator("#work-item-approval-save").click();
            assertThat(page.locator("#work-item-approval-dialog")).hasCount(0);
            assertThat(page.locator("#work-item-approve")).hasCount(0);

            // 5. gone from the next meeting's open items, which the lead reads too
            page.navigate(url("/collaboration/meetings?meeting=" + next));
            assertThat(page.locator("#meeting-carried-none")).isVisible();
            assertThat(itemIn(page, "#meeting-carried", title)).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/next-meeting-open-items.png")));
        }
    }

    private static Locator itemIn(Page page, String grid, String title) {
        return page.locator(grid + " vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title));
    }

    private WorkItemId workItemOf(MeetingId meeting, String title) {
        var found = new WorkItemId[1];
        SystemTasks.asUser("specialist", () -> found[0] = queries.meeting(meeting).record().actionItems().stream()
                .filter(item -> item.title().equals(title)).findFirst().flatMap(ActionItem::workItem).orElseThrow());
        return found[0];
    }
}
