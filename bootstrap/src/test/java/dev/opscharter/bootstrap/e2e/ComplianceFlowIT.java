package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.opscharter.adapters.persistence.testing.TestDatabaseInitializer;
import dev.opscharter.bootstrap.OpsCharterApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The compliance flow in a real browser: the manager imports the real receipt-permit log, runs the
 * check of 2011 (a background job), opens a case with its deviations explained, and turns a finding
 * into a corrective action.
 */
// not @RunningApplicationTest: the check runs as a background job, and the counts are of this log alone
@SpringBootTest(classes = OpsCharterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opscharter.demo=true", "jobrunr.background-job-server.enabled=true",
                "jobrunr.background-job-server.poll-interval-in-seconds=5",
                "jobrunr.dashboard.enabled=false", "logging.file.name=",
                "opscharter.security.account-check-interval=0s"})
@ContextConfiguration(initializers = ComplianceFlowIT.OwnDatabase.class)
class ComplianceFlowIT {

    static class OwnDatabase extends TestDatabaseInitializer {
        OwnDatabase() {
            super("compliance_flow");
        }
    }

    private static final List<Path> LOGS = List.of(Path.of("../../shared/data/event-logs/receipt_permit.csv"),
            Path.of("/work/shared/data/event-logs/receipt_permit.csv"));

    private static Chromium chromium;

    @LocalServerPort
    int port;

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
    void the_manager_imports_the_permit_log_runs_the_check_opens_a_case_and_raises_a_corrective_action() {
        var log = LOGS.stream().map(Path::toAbsolutePath).filter(Files::isReadable).findFirst();
        assumeTrue(log.isPresent() || System.getenv("CI") != null, "the receipt-permit log is not here");
        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 1000))) {
            var page = context.newPage();
            Chromium.signIn(page, port, "manager");

            page.navigate("http://localhost:" + port + "/compliance/records");
            page.locator("#records-upload input[type=file]").setInputFiles(log.orElseThrow());
            assertThat(page.locator("#records-summary")).containsText("8,577");

            page.navigate("http://localhost:" + port + "/compliance/checks");
            page.getByText("执行检查").first().click();
            var period = page.locator("#check-period input");
            period.fill("2011");
            period.press("Enter");
            page.locator("#check-run-save").click();
            // the job runs in the background; the list refreshes itself while it is queued or running
            var done = page.locator("#checks-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("已完成"));
            assertThat(done.first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(180_000));
            page.locator("#checks-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("2011")).first().click();
            assertThat(page.locator("#check-overall")).containsText("1,157");

            page.locator("#check-worst vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("RECEIPT")).first().click();
            assertThat(page.locator("#case-deviations")).isVisible();
            assertThat(page.locator("#case-timeline")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/compliance-case.png")));

            page.goBack();
            page.locator("#check-steps a").first().click();
            page.locator("#actions-new-title input").fill("整改：收件确认超时");
            Chromium.choose(page, "#actions-new-owner", "张晓雨");
            page.locator("#actions-new-save").click();
            assertThat(page.locator("#actions-grid")).containsText("整改：收件确认超时");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/compliance-action.png")));
        }
    }
}
