package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 12 B.1 and B.3 as the roles meet them on a 1366×768 laptop: the IT lead finds the request
 * handed to it in the inbox and completes it there, and the manager who raised it reads the outcome
 * in theirs; closing a check first says what becomes final and cannot be undone.
 */
@RunningApplicationTest
class RoleGuidanceFlowIT {

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @Autowired
    ManageWorkItems workItems;
    @Autowired
    RunComplianceCheck checks;
    @Autowired
    UserDetailsService users;

    @Test
    void the_it_lead_completes_a_request_from_the_inbox_and_the_requester_reads_the_outcome_in_theirs() {
        var title = "报表导出接口 " + UUID.randomUUID().toString().substring(0, 8);
        new SignedIn(users).as("manager", () -> workItems.register(new ManageWorkItems.WorkItemDraft(
                WorkItemKind.REQUEST, title, "", "SYSTEM_DEVELOPMENT", Optional.empty())));

        try (var context = laptop()) {
            var page = context.newPage();
            Chromium.signIn(page, port, "it.lead");
            page.navigate("http://localhost:" + port + "/inbox");
            openEntry(page, title);
            // the entry leads to the work item itself, with the lead's next step on it
            assertThat(page.locator("#work-item-details")).containsText(title);
            page.locator("#work-item-complete").click();
            page.locator("#work-item-note textarea").fill("接口已上线");
            page.locator("#work-item-completion-save").click();
            assertThat(page.locator("#work-item-status")).containsText("已完成");
        }

        try (var context = laptop()) {
            var page = context.newPage();
            Chromium.signIn(page, port, "manager");
            page.navigate("http://localhost:" + port + "/inbox");
            var outcome = page.locator("#inbox-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(title));
            assertThat(outcome.first()).containsText("已完成");
            // the person's name, not the account
            assertThat(outcome.first()).not().containsText("it.lead");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/requester-outcome-1366.png")));
        }
    }

    @Test
    void closing_a_check_says_what_becomes_final_before_it_does() {
        var quarter = new Period.Quarter(2001, 1);
        var id = new SignedIn(users).as("manager", () -> checks.run(quarter, Optional.empty()));

        try (var context = laptop()) {
            var page = context.newPage();
            Chromium.signIn(page, port, "manager");
            page.navigate("http://localhost:" + port + "/compliance/checks/" + id);
            page.locator("#check-close").click();
            var dialog = page.locator("#check-close-dialog");
            assertThat(dialog).containsText("不能再次运行");
            assertThat(dialog).containsText("此操作无法撤销");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/check-close-confirm-1366.png")));

            // cancelling changes nothing
            page.locator("#check-close-cancel").click();
            assertThat(page.locator("#check-close")).isVisible();

            page.locator("#check-close").click();
            page.locator("#check-close-save").click();
            assertThat(page.locator("#check-status")).containsText("已关闭");
            assertThat(page.locator("#check-close")).hasCount(0);
            assertThat(page.locator("#check-run-again")).hasCount(0);
        }
    }

    private com.microsoft.playwright.BrowserContext laptop() {
        var context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 768));
        context.setDefaultTimeout(Chromium.DEADLINE_MS);
        return context;
    }

    private static void openEntry(Page page, String title) {
        page.locator("#inbox-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title))
                .first().click();
        page.locator("#inbox-open").click();
    }
}
