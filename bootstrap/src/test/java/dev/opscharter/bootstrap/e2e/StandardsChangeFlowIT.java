package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.opscharter.adapters.persistence.testing.TestDatabaseInitializer;
import dev.opscharter.application.appraisal.port.in.RecordFigures;
import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 12 B.2 in a real browser on a 1366×768 laptop: the director raises a threshold from the
 * current quarter, sees before saving which quarter that re-judges and how, confirms, and the
 * scorecard of the quarter is judged by the new version. The dialog fits the screen.
 */
// not @RunningApplicationTest: a database of its own (see OwnDatabase)
@SpringBootTest(classes = OpsCharterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opscharter.demo=true", "jobrunr.background-job-server.enabled=false",
                "jobrunr.dashboard.enabled=false", "logging.file.name=",
                "opscharter.security.account-check-interval=0s"})
@ContextConfiguration(initializers = StandardsChangeFlowIT.OwnDatabase.class)
class StandardsChangeFlowIT {

    /** A database of its own: the new standards (version 2) judge this quarter for whoever reads it afterwards. */
    static class OwnDatabase extends TestDatabaseInitializer {
        OwnDatabase() {
            super("standards_change_flow");
        }
    }

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    SettingsStore settings;
    @Autowired
    UserDetailsService users;
    @Autowired
    RecordFigures figures;
    @Autowired
    ScorecardQueries scorecards;

    @Test
    void the_director_raises_a_threshold_from_this_quarter_sees_what_it_re_judges_and_confirms() {
        var current = Period.quarterOf(LocalDate.now(clock.withZone(settings.load().timeZone())));
        var signedIn = new SignedIn(users);
        signedIn.as("manager", () -> {
            figures.enter(Part.CUSTOMER_SATISFACTION, current, new Measurement.Amount(new BigDecimal("92")),
                    "客户满意度调研结果", Optional.empty(), 0);
            return null;
        });

        try (var context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(WIDTH, HEIGHT))) {
            var page = context.newPage();
            Chromium.signIn(page, port, "director");
            page.navigate("http://localhost:" + port + "/appraisal/standards");
            page.locator("#standards-adjust").click();
            assertThat(page.locator("vaadin-dialog-overlay[opened]")).isVisible();
            assertThat(page.locator("#standards-from-quarter")).containsText("第 " + current.quarter() + " 季度");

            var threshold = page.locator("#threshold-CUSTOMER_SATISFACTION input");
            threshold.fill("95");
            threshold.press("Tab");
            var rejudged = page.locator("#standards-preview-" + current.key());
            assertThat(rejudged).containsText("客户满意度 92%：≥ 90% 达标 → ≥ 95% 进行中");
            assertThat(page.locator("#standards-preview-summary")).hasText("以下 1 个未审批期间将按新标准重新评定：");
            page.locator("#standards-note textarea").fill("本季度起提高客户满意度目标");
            page.locator("#standards-confirm").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/1366-standards-preview.png")));
            for (var part : new String[] {"#standards-from-year", "#standards-preview", "#standards-confirm",
                    "#standards-save"}) {
                page.locator(part).scrollIntoViewIfNeeded();
                var box = page.locator(part).boundingBox();
                org.assertj.core.api.Assertions.assertThat(box.x).as(part).isNotNegative();
                org.assertj.core.api.Assertions.assertThat(box.y).as(part).isNotNegative();
                org.assertj.core.api.Assertions.assertThat(box.x + box.width).as(part).isLessThanOrEqualTo(WIDTH);
                org.assertj.core.api.Assertions.assertThat(box.y + box.height).as(part).isLessThanOrEqualTo(HEIGHT);
            }
            org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                    "() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a 1366 px laptop").isTrue();

            page.locator("#standards-confirm input").check();
            page.locator("#standards-save").click();

            assertThat(page.locator("#standards-dialog")).hasCount(0);
            assertThat(page.locator("vaadin-notification-card")).containsText("第 2 版考核标准已保存。");
            assertThat(page.locator("#standards-history")).containsText(current.year() + "年第" + current.quarter()
                    + "季度");
        }

        var judged = signedIn.as("manager", () -> scorecards.scorecard(current));
        org.assertj.core.api.Assertions.assertThat(judged.standards().number()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(judged.scorecard().part(Part.CUSTOMER_SATISFACTION)
                .orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);
    }
}
