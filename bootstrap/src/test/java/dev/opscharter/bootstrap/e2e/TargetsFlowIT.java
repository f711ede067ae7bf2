package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The targets flow of issue 14 in a real browser: a specialist's month of actuals imported from CSV falls
 * short of the month's share of the quarter's target; the manager opens that month's review, where the
 * shortfall is listed, and adds a measure that the charter hands to IT as a work item; the scorecard's core
 * target attainment of the quarter is computed from the targets, and its drill-down leads to them.
 */
@RunningApplicationTest
class TargetsFlowIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    ManageTargets manage;
    @Autowired
    SettingsStore settings;
    @Autowired
    Clock clock;

    @BeforeAll
    static void startBrowser() {
        // a busy two-core machine may take longer than the assertions' default 5 s to answer
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        chromium = Chromium.launch();
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
    void a_month_imported_short_of_target_is_reviewed_its_measure_goes_to_it_and_the_scorecard_computes() throws IOException {
        // a month no other test reviews: the demo reviews the last one, the view test one 19 months back
        var month = YearMonth.now(clock.withZone(settings.load().timeZone())).minusMonths(2);
        var quarter = Period.quarterOf(month.atDay(1));
        var code = "FLOW_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        var unitName = "流程单元 " + code;
        SystemTasks.asUser("manager", () -> {
            var unit = manage.createUnit(RequestKey.fresh(), new UnitDraft(code, new BilingualName(unitName,
                    "Flow unit " + code), Optional.empty(), true));
            var metric = manage.createMetric(RequestKey.fresh(), new MetricDraft(code + "_GMV",
                    new BilingualName("成交额 " + code, "GMV " + code), MetricUnit.MONEY,
                    MetricDirection.HIGHER_IS_BETTER, Aggregation.SUM, false, true));
            long days = quarter.endExclusive().toEpochDay() - quarter.firstDay().toEpochDay();
            manage.setTarget(unit, metric, quarter, BigDecimal.valueOf(1_000 * days), "", 0);
        });
        var csv = Files.createTempFile("actuals-", ".csv");
        var rows = new StringBuilder("unit_code,metric_code,day,value\n");
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            rows.append(code).append(',').append(code).append("_GMV,").append(month.atDay(day)).append(",850\n");
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        var measure = "订单系统增加发货预警 " + code;

        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 1000))) {
            var page = context.newPage();
            Chromium.signIn(page, port, "specialist");
            page.navigate(url("/targets/actuals"));
            page.locator("#actuals-upload input[type=file]").setInputFiles(csv);
            assertThat(page.locator("#actuals-summary")).containsText(String.valueOf(month.lengthOfMonth()));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/targets-import.png")));

            page.context().clearCookies();
            Chromium.signIn(page, port, "manager");
            page.navigate(url("/targets/review?month=" + month));
            var deviations = page.locator("#review-deviations");
            assertThat(deviations).containsText(unitName);
            assertThat(deviations).containsText("85.0%");
            page.locator("#review-open").click();
            assertThat(page.locator("#review-status")).containsText("李明");
            page.locator("#review-deviations vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(unitName)).first().click();
            page.locator("#review-add-measure").click();
            page.locator("#work-item-title input").fill(measure);
            Chromium.choose(page, "#work-item-duty-type", "系统开发建设（由IT部门负责）");
            assertThat(page.locator("#work-item-preview-consequence")).containsText("信息技术部");
            page.locator("#review-measure-save").click();
            assertThat(deviations).containsText(measure);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/targets-review.png")));

            page.navigate(url("/charter/work-items"));
            var item = page.locator("#work-items-grid vaadin-grid-cell-content");
            assertThat(item.filter(new Locator.FilterOptions().setHasText(measure)).first()).isVisible();
            assertThat(page.locator("#work-items-grid")).containsText("转交 → 信息技术部");

            page.navigate(url("/appraisal/scorecard?period=" + quarter.key()));
            assertThat(page.locator("#part-CORE_TARGET_ATTAINMENT-figure")).containsText("%");
            assertThat(page.locator("#part-CORE_TARGET_ATTAINMENT-provenance")).not().containsText("手工录入");
            page.locator("#part-CORE_TARGET_ATTAINMENT-details").click();
            var drillDown = page.locator("#part-details-evidence-0 a").first();
            assertThat(drillDown).isVisible();
            drillDown.click();
            page.waitForURL(Pattern.compile(".*/targets\\?period=" + Pattern.quote(quarter.key()) + ".*"));
            assertThat(page.locator("#targets-grid")).containsText(unitName);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/targets-drilldown.png")));
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
