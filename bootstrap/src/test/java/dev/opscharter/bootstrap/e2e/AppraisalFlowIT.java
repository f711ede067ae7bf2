package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.opscharter.adapters.persistence.testing.TestDatabaseInitializer;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The appraisal flow in a real browser: the operations manager enters the figures of the quarter
 * that just ended, sees the scorecard fail on a named part, the director approves it, and the
 * manager can no longer change any figure of that quarter. In Chinese, the demo users' language.
 */
// not @RunningApplicationTest: a database of its own (see OwnDatabase)
@SpringBootTest(classes = OpsCharterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opscharter.demo=true", "jobrunr.background-job-server.enabled=false",
                "jobrunr.dashboard.enabled=false", "logging.file.name=",
                "opscharter.security.account-check-interval=0s"})
@ContextConfiguration(initializers = AppraisalFlowIT.OwnDatabase.class)
class AppraisalFlowIT {

    /** A database of its own: it needs the last ended quarter empty, and approving it freezes it for all. */
    static class OwnDatabase extends TestDatabaseInitializer {
        OwnDatabase() {
            super("appraisal_flow");
        }
    }

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    SettingsStore settings;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void the_manager_enters_a_quarter_the_scorecard_fails_on_a_named_part_and_the_director_freezes_it() {
        var today = LocalDate.now(clock.withZone(settings.load().timeZone()));
        var quarter = Period.quarterOf(today).previous();
        var url = "http://localhost:" + port + "/appraisal/scorecard?period=" + quarter.key();

        var figures = new LinkedHashMap<Part, String>();
        // core target attainment, key indicators and projects landed come from the demo's targets and projects;
        // risk control and the major complaint rate from its incidents and complaints; the team's pass rate and
        // training completion from its appraisals and courses
        figures.put(Part.EFFICIENCY_IMPROVEMENT_RATE, "16,2"); // a decimal comma: 16.2, never 162
        figures.put(Part.CUSTOMER_SATISFACTION, "90");
        figures.put(Part.COLLABORATION_SATISFACTION, "84.99");

        try (var manager = chineseBrowser()) {
            var page = manager.newPage();
            Chromium.signIn(page, port, "manager");
            page.navigate(url);
            enterAllOnOneScreen(page, figures);

            // 84.99 % against "≥ 85 %": the scorecard fails on exactly that part, by name
            assertThat(page.locator("#part-COLLABORATION_SATISFACTION")).containsText("84.99");
            assertThat(page.locator("#part-EFFICIENCY_IMPROVEMENT_RATE-figure")).containsText("16.2");
            assertThat(page.locator("#scorecard-failed")).hasText("未达标：跨部门协作满意度");
            // 90 % against "≥ 90 %" holds: the threshold is inclusive
            assertThat(page.locator("#scorecard-failed")).not().containsText("客户满意度");
            for (var recorded : List.of(Part.MAJOR_COMPLAINT_RATE, Part.RISK_INCIDENCE,
                    Part.INCIDENT_HANDLING_TIMELINESS, Part.MAJOR_ACCIDENTS, Part.TEAM_APPRAISAL_PASS_RATE,
                    Part.TRAINING_PLAN_COMPLETION)) {
                assertThat(page.locator("#part-" + recorded.name() + "-provenance")).not().containsText("手工录入");
            }
            assertThat(page.locator("#part-CORE_TARGET_ATTAINMENT-provenance")).not().containsText("手工录入");
            assertThat(page.locator("#part-CORE_TARGET_ATTAINMENT-figure")).containsText("%");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/scorecard-failed.png"))
                    .setFullPage(true));

            // a year is judged on its quarters and says how; while it runs, a failing quarter makes it
            // "in progress", never "not met" (in January the quarter entered belongs to a finished year)
            var year = quarter.asYear();
            page.navigate("http://localhost:" + port + "/appraisal/scorecard?period=" + year.key());
            assertThat(page.locator("#scorecard-year-rule")).containsText("四个季度的平均值");
            if (year.year() == today.getYear()) {
                assertThat(page.locator("#scorecard-status")).hasText("进行中");
            }
        }

        try (var director = chineseBrowser()) {
            var page = director.newPage();
            Chromium.signIn(page, port, "director");
            page.navigate(url);
            page.locator("#scorecard-approve").click();
            // approving is final, and the dialog says so before the director commits to it
            assertThat(page.locator("#approve-dialog")).containsText("此操作无法撤销");
            page.locator("#approve-comment textarea").fill("Collaboration below standard: action plan agreed");
            page.locator("#approve-save").click();
            assertThat(page.locator("#scorecard-approval")).containsText("王建国");
            assertThat(page.locator("#scorecard-approve")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/scorecard-approved.png"))
                    .setFullPage(true));
        }

        try (var manager = chineseBrowser()) {
            var page = manager.newPage();
            Chromium.signIn(page, port, "manager");
            page.navigate(url);
            assertThat(page.locator("#scorecard-approval")).isVisible();
            assertThat(page.locator("#scorecard-failed")).hasText("未达标：跨部门协作满意度");
            assertThat(page.locator("#scorecard-enter-figures")).hasCount(0);
            assertThat(page.locator("[id$='-enter']")).hasCount(0);
        }
    }

    /** A quarter's figures are one screen: every part in one grid, one reason, one save. */
    private static void enterAllOnOneScreen(Page page, Map<Part, String> figures) {
        page.locator("#scorecard-enter-figures").click();
        figures.forEach((part, value) -> page.locator("#figures-" + part.name() + " input").fill(value));
        page.locator("#figures-reason textarea").fill("Quarterly business review pack");
        page.locator("#figures-save").click();
        assertThat(page.locator("#figures-dialog")).hasCount(0);
        figures.keySet().forEach(part ->
                assertThat(page.locator("#part-" + part.name() + "-provenance")).containsText("手工录入"));
    }

    private BrowserContext chineseBrowser() {
        return chromium.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 1000));
    }
}
