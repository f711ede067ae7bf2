package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.ManageRisks.NewIndicator;
import dev.opscharter.application.risks.port.in.ManageRisks.NewRisk;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskThreshold;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The risk control flow of issue 15 in a real browser: a specialist enters a key risk indicator's figure beyond its
 * threshold and the risk's contingency plan becomes a work item routed by the charter; an incident reported ten
 * hours ago (its cause should have been located within two) is handled through its four steps, the post-mortem
 * raising a follow-up action; the scorecard of its quarter then shows incident handling timeliness below 100 %, and
 * its drill-down names the late step of that incident.
 */
@RunningApplicationTest
class RiskIncidentFlowIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    ManageRisks risks;
    @Autowired
    RiskQueries register;
    @Autowired
    Incidents incidents;
    @Autowired
    IncidentTypes types;
    @Autowired
    SettingsStore settings;
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
    void a_breach_raises_the_plan_an_incident_is_handled_one_step_late_and_the_scorecard_shows_it() {
        var code = "FLOW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var riskTitle = "流程供应商延迟 " + code;
        var identified = new RiskId[1];
        SystemTasks.asUser("manager", () -> {
            identified[0] = risks.identify(RequestKey.fresh(), new NewRisk(code, riskTitle, "供应链", "manager",
                    new RiskRating(3, 3), "周度交付复盘", "切换至备用供应商 " + code));
            risks.addIndicator(identified[0], new NewIndicator("交货延迟率 " + code, new RiskThreshold(
                    RiskThreshold.Side.ABOVE, new BigDecimal("10")), new FigureSource.Entered()), version(identified[0]));
        });
        var risk = identified[0];
        var incidentTitle = "支付网关宕机 " + code;
        var reported = clock.instant().minus(Duration.ofHours(10));
        var incident = incidents.save(Incident.report(types.byCode(IncidentType.SYSTEM_FAILURE).orElseThrow(),
                incidentTitle, Actor.user("specialist", Set.of(Role.OPS_SPECIALIST)), reported));
        var quarter = Period.quarterOf(LocalDate.ofInstant(reported, settings.load().timeZone()));

        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 1000))) {
            var page = context.newPage();
            Chromium.signIn(page, port, "specialist");

            // 1. the figure beyond "> 10 %" raises the contingency plan, once, as a work item of the charter
            page.navigate(url("/risks?risk=" + risk.value()));
            page.locator("#risk-figure-enter").click();
            page.locator("#risk-figure-value input").fill("12.5");
            page.locator("#risk-figure-save").click();
            assertThat(page.locator("#risk-figure-dialog")).hasCount(0);
            assertThat(page.locator("#risk-figures")).containsText("12.5");
            page.navigate(url("/charter/work-items"));
            assertThat(page.locator("#work-items-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(code)).first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/risk-plan-raised.png")));

            // 2. the incident's four steps: the cause comes eight hours past its two-hour limit
            page.navigate(url("/incidents?incident=" + incident.id()));
            doStep(page, "定位原因", "证书过期，支付回调全部失败", "应急措施");
            doStep(page, "应急措施", "切换备用网关，人工补单", "通知相关方");
            doStep(page, "通知相关方", "director\n华东大客户", "事后复盘");
            assertThat(page.locator("#incident-steps")).containsText("超时");
            page.context().clearCookies();
            Chromium.signIn(page, port, "manager");
            page.navigate(url("/incidents?incident=" + incident.id()));
            page.locator("#incident-do-step").click();
            page.locator("#incident-step-text textarea").fill("证书到期无告警；已加入到期巡检");
            page.locator("#incident-follow-up-title input").fill("证书到期告警 " + code);
            Chromium.choose(page, "#incident-follow-up-owner", "张晓雨");
            page.locator("#incident-follow-up-add").click();
            assertThat(page.locator("#incident-follow-ups")).containsText("证书到期告警 " + code);
            page.locator("#incident-step-save").click();
            assertThat(page.locator("#incident-step-dialog")).hasCount(0);
            assertThat(page.locator("#incident-state")).containsText("超时");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/incident-handled.png")));
            page.navigate(url("/compliance/actions"));
            assertThat(page.locator("vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("证书到期告警 " + code)).first()).isVisible();

            // 3. the scorecard: timeliness below 100 %, the late step of this incident in its drill-down
            page.navigate(url("/appraisal/scorecard?period=" + quarter.key()));
            var figure = page.locator("#part-INCIDENT_HANDLING_TIMELINESS-figure");
            assertThat(figure).containsText("%");
            assertThat(figure).not().hasText("100%");
            assertThat(page.locator("#part-INCIDENT_HANDLING_TIMELINESS-provenance")).not().containsText("手工录入");
            page.locator("#part-INCIDENT_HANDLING_TIMELINESS-details").click();
            var drillDown = page.locator("#part-details-dialog");
            assertThat(drillDown).containsText(incidentTitle);
            assertThat(drillDown).containsText("定位原因超时完成");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/timeliness-drilldown.png")));
        }
    }

    /** Records the incident's next step and waits until the details show the step after it. */
    private static void doStep(Page page, String step, String text, String next) {
        assertThat(page.locator("#incident-next-step")).hasText(step);
        page.locator("#incident-do-step").click();
        page.locator("#incident-step-text textarea").fill(text);
        page.locator("#incident-step-save").click();
        assertThat(page.locator("#incident-step-dialog")).hasCount(0);
        assertThat(page.locator("#incident-next-step")).hasText(next);
    }

    private long version(RiskId risk) {
        return register.risk(risk).record().version();
    }
}
