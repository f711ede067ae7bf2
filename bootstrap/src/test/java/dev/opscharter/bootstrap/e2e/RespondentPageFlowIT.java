package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.bootstrap.testing.SurveyLinks;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A respondent on a phone (375 × 667) opens their link, answers every question, adds a comment and
 * submits: the page fits the screen without scrolling sideways, draws Chinese with the product's font,
 * breaks no rule of its Content-Security-Policy, and thanks them; one response is stored.
 */
@RunningApplicationTest
class RespondentPageFlowIT {

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void a_respondent_answers_on_a_phone_and_is_thanked() {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000); // a busy two-core machine
        var links = SurveyLinks.of(context);
        var campaign = links.open("手机答卷 " + UUID.randomUUID());
        var token = links.link(campaign, Language.ZH_CN);
        var violations = new CopyOnWriteArrayList<String>();
        try (var context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(375, 667).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2))) {
            context.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    violations.add(m.text());
                }
            });
            var page = context.newPage();
            page.navigate("http://localhost:" + port + "/s/" + token);
            assertThat(page.locator("h1")).containsText("手机答卷");

            var items = page.locator("fieldset.item");
            assertThat(items).hasCount(5);
            for (int i = 0; i < 5; i++) {
                items.nth(i).locator("label").nth(3).click(); // 4: 满意
            }
            page.locator("#comment").fill("响应及时，沟通顺畅。");
            page.waitForFunction("() => [...document.fonts].some(f => f.family.includes('OpsCharter CJK')"
                    + " && f.status === 'loaded')");
            assertThat(Chromium.fontFamiliesOf(context, page, "h1")).anyMatch(family -> family.contains("CJK SC"));
            // both weights loaded and the page drawn with them, before the picture is taken
            page.evaluate("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() =>"
                    + " requestAnimationFrame(r))))");
            assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
                    .as("no horizontal scroll at 375 px").isLessThanOrEqualTo(375);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/respondent-375.png"))
                    .setFullPage(true));

            page.locator("button[type=submit]").click();
            page.waitForURL("**/s/thanks?lang=zh");
            assertThat(page.locator("h1")).hasText("感谢您的参与");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/respondent-375-thanks.png")));
        }
        assertThat(violations).isEmpty();
        assertThat(jdbc.sql("select count(*) from survey_response where campaign_id = ?").param(campaign.id().value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select a.score from survey_response_answer a join survey_response r on r.id = a.response_id
                where r.campaign_id = ?""").param(campaign.id().value()).query(Integer.class).list())
                .isEqualTo(List.of(4, 4, 4, 4, 4));
    }
}
