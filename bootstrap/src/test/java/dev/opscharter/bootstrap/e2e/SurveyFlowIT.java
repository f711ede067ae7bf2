package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.bootstrap.testing.SurveyLinks;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quarter's survey in real browsers, end to end: the manager creates, schedules and opens a
 * campaign on its screens; three respondents of one department answer on the public page (one on
 * a phone); the results show no figure while fewer than three have answered and the figure once
 * the third has; the manager closes the campaign and its satisfaction reaches the scorecard.
 */
@RunningApplicationTest
class SurveyFlowIT {

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DepartmentQueries departments;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    SettingsStore settings;
    @Autowired
    Clock clock;

    @Test
    void a_campaign_is_opened_answered_shown_once_three_answered_and_reaches_the_scorecard() {
        var title = "协作调查 " + UUID.randomUUID().toString().substring(0, 8);
        try (var manager = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 768))) {
            var page = manager.newPage();
            Chromium.signIn(page, port, "manager");
            page.navigate(url("/surveys"));
            page.locator("#campaigns-new").click();
            page.locator("#campaign-title-zh input").fill(title);
            page.locator("#campaign-title-en input").fill("Survey " + title.substring(5));
            page.locator("#campaign-save").click();
            assertThat(page.locator("#campaign-dialog")).hasCount(0);

            openCampaign(page, title);
            page.locator("#campaign-schedule").click();
            assertThat(page.locator("#campaign-state")).containsText("已排期");
            page.locator("#campaign-open").click();
            assertThat(page.locator("#campaign-state")).containsText("进行中");
            assertThat(page.locator("#campaign-invite")).isVisible();

            var campaign = campaignTitled(title);
            var sales = SystemTasks.asSystem(() -> departments.all().stream()
                    .filter(d -> d.code().value().equals("SALES")).findFirst().map(Department::id).orElseThrow());
            var links = SurveyLinks.of(context);
            var opened = new SurveyLinks.Opened(campaign, sales);
            answerOnAPhone(links.link(opened, Language.ZH_CN));
            answer(links.link(opened, Language.EN), "en");

            page.navigate(url("/surveys/" + campaign + "/results"));
            assertThat(page.locator("#results-overall-hidden")).containsText("少于 3 份");
            assertThat(page.locator("#results-overall-value")).hasCount(0);

            answer(links.link(opened, Language.EN), "en");
            page.reload();
            assertThat(page.locator("#results-overall-value")).containsText("%");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/survey-results.png"))
                    .setFullPage(true));

            page.navigate(url("/surveys"));
            openCampaign(page, title);
            page.locator("#campaign-close").click();
            page.locator("#campaign-close-confirm-save").click();
            assertThat(page.locator("#campaign-state")).containsText("已结束");

            var quarter = Period.quarterOf(LocalDate.now(clock.withZone(settings.load().timeZone())));
            page.navigate(url("/appraisal/scorecard?period=" + quarter.key()));
            assertThat(page.locator("#part-COLLABORATION_SATISFACTION-figure")).containsText("%");
            var value = sources.stream().filter(s -> s.parts().contains(Part.COLLABORATION_SATISFACTION))
                    .findFirst().orElseThrow().valueOf(Part.COLLABORATION_SATISFACTION, quarter,
                            settings.load().timeZone()).orElseThrow();
            assertThat(((Provenance.FromRecords) value.provenance()).evidence())
                    .anySatisfy(e -> assertThat(e.label()).isEqualTo(title));
        }
    }

    /** Selects the campaign in the list and opens its dialog. */
    private static void openCampaign(Page page, String title) {
        page.locator("#campaigns-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title))
                .first().click();
        page.locator("#campaigns-details").click();
        assertThat(page.locator("#campaign-state")).isVisible();
    }

    private CampaignId campaignTitled(String title) {
        return CampaignId.parse(jdbc.sql("select id::text from survey_campaign where title_zh = ?").param(title)
                .query(String.class).single());
    }

    /** A respondent on a 375 px wide phone: every item answered "4". */
    private void answerOnAPhone(String token) {
        try (var phone = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(375, 667).setIsMobile(true).setHasTouch(true))) {
            submit(phone.newPage(), token, "zh");
        }
    }

    private void answer(String token, String language) {
        try (var desktop = chromium.browser().newContext(new Browser.NewContextOptions().setLocale(language))) {
            submit(desktop.newPage(), token, language);
        }
    }

    private void submit(Page page, String token, String language) {
        page.navigate(url("/s/" + token));
        var items = page.locator("fieldset.item");
        assertThat(items).hasCount(5);
        for (int i = 0; i < 5; i++) {
            items.nth(i).locator("label").nth(3).click();
        }
        page.locator("button[type=submit]").click();
        page.waitForURL("**/s/thanks?lang=" + language);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
