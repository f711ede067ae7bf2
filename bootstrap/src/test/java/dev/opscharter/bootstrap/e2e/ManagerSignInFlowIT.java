package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.bootstrap.testing.TestUsers;
import dev.opscharter.domain.charter.WorkItemKind;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The key flow in a real browser: the operations manager signs in from a Chinese browser, sees the
 * dashboard in Chinese, switches to English, and finds English again at the next sign-in.
 */
@RunningApplicationTest
class ManagerSignInFlowIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext applicationContext;

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
    void the_manager_signs_in_in_chinese_and_switches_to_english() {
        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 800))) {
            var page = context.newPage();
            signIn(page, "manager");

            var greeting = page.locator("#dashboard-greeting");
            assertThat(greeting).hasText("欢迎，李明");
            // the machines that run these tests have no Chinese font: the page's own (styles.css) draws it
            page.waitForFunction("() => [...document.fonts].some(f => f.family.includes('OpsCharter CJK')"
                    + " && f.status === 'loaded')");
            org.assertj.core.api.Assertions.assertThat(Chromium.fontFamiliesOf(context, page, "#dashboard-greeting"))
                    .anyMatch(family -> family.contains("CJK SC"));
            assertThat(page.locator("#card-roles")).containsText("运营经理");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/manager-dashboard-zh.png")));

            page.locator("#language-switch").click();
            assertThat(greeting).hasText("Welcome, 李明");
            assertThat(page.locator("#card-roles")).containsText("Operations manager");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/manager-dashboard-en.png")));

            page.locator("#sign-out").click();
            page.waitForURL("**/login**");
            signIn(page, "manager");
            assertThat(page.locator("#dashboard-greeting")).hasText("Welcome, 李明");

            // leave the demo manager as we found them
            page.locator("#language-switch").click();
            assertThat(page.locator("#dashboard-greeting")).hasText("欢迎，李明");
        }
    }

    /** Issue 12 B.1/B.7: what waits for a lead is on their home page, and its link lands on exactly that, on a laptop. */
    @Test
    void the_it_lead_is_led_from_the_home_page_to_the_work_handed_to_it_on_a_1366_screen() {
        var title = "订单导出接口 " + java.util.UUID.randomUUID().toString().substring(0, 8);
        new SignedIn(applicationContext.getBean(UserDetailsService.class)).as("manager", () ->
                applicationContext.getBean(ManageWorkItems.class).register(new ManageWorkItems.WorkItemDraft(
                        WorkItemKind.REQUEST, title, "", "SYSTEM_DEVELOPMENT", java.util.Optional.empty())));
        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 768))) {
            var page = context.newPage();
            signIn(page, "it.lead");

            var waiting = page.locator("a.attention-item[href='charter/work-items?awaiting=me']");
            assertThat(waiting).containsText("待您处理");
            waiting.click();
            page.waitForURL("**/charter/work-items?awaiting=me");
            assertThat(page.locator("#work-items-awaiting-me")).hasAttribute("checked", "");
            assertThat(page.locator("#work-items-grid")).containsText(title);
            assertThat(page.locator("vaadin-side-nav-item[current]")).hasCount(1);
            assertThat(page.locator("vaadin-side-nav-item[current]")).hasAttribute("path", "charter/work-items");
            org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                    "() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing wider than a 1366 px laptop").isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/it-lead-waiting-1366.png")));
        }
    }

    /** Issue 12 B.7: the wide pages and the dialogs fit a 1366×768 laptop without sideways scrolling. */
    @Test
    void the_charter_matrix_the_manual_and_the_figures_screen_fit_a_1366_laptop() {
        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 768))) {
            var page = context.newPage();
            signIn(page, "manager");
            for (var path : new String[] {"charter", "compliance/manual", "charter/boundary", "compliance/checks",
                    "appraisal/scorecard?period=2026-Q3"}) {
                page.navigate("http://localhost:" + port + "/" + path);
                page.waitForSelector("h2");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target/e2e/1366-" + path.replaceAll("[/?=]", "-") + ".png")));
                org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= window.innerWidth"))
                        .as("%s is no wider than the screen", path).isTrue();
                org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll("
                        + "'.card, vaadin-grid')].every(c => { const p = c.parentElement;"
                        + " const pad = parseFloat(getComputedStyle(p).paddingRight) || 0;"
                        + " return c.getBoundingClientRect().right <= p.getBoundingClientRect().right - pad + 1; })"))
                        .as("%s: every card and grid stays inside its container", path).isTrue();
                org.assertj.core.api.Assertions.assertThat(page.locator("vaadin-side-nav-item[current]").count())
                        .as("%s lights one entry", path).isEqualTo(1);
            }
            page.locator("#scorecard-enter-figures").click();
            var dialog = page.locator("vaadin-dialog-overlay[opened]");
            assertThat(dialog).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/1366-figures-dialog.png")));
            for (var part : new String[] {"#figures-grid", "#figures-reason", "#figures-save"}) {
                var box = page.locator(part).boundingBox();
                org.assertj.core.api.Assertions.assertThat(box.x).as(part).isNotNegative();
                org.assertj.core.api.Assertions.assertThat(box.x + box.width).as(part).isLessThanOrEqualTo(1366);
                org.assertj.core.api.Assertions.assertThat(box.y + box.height).as(part).isLessThanOrEqualTo(768);
            }
        }
    }

    @Test
    void five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused_for_a_while() {
        var user = users().create("lockout", "Lock Out", Role.OPS_SPECIALIST);
        var username = user.username();
        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            var page = context.newPage();
            for (int attempt = 1; attempt <= 5; attempt++) {
                submit(page, username, "wrong-password-" + attempt);
                assertThat(page.getByText("Sign-in failed")).isVisible();
            }
            submit(page, username, TestUsers.PASSWORD);
            assertThat(page.getByText("Sign-in failed")).isVisible();
            assertThat(page.locator("#dashboard-greeting")).hasCount(0);
        }
        org.assertj.core.api.Assertions.assertThat(users().account(user).locked()).isTrue();
    }

    @Test
    void a_signed_in_session_follows_its_account_roles_taken_away_close_views_a_disabled_account_signs_out() {
        var users = users();
        var user = users.create("follow", "Follow Me", Role.OPS_MANAGER);
        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            var page = context.newPage();
            submit(page, user.username(), TestUsers.PASSWORD);
            page.waitForURL(url -> !url.contains("/login"));
            assertThat(page.locator("vaadin-side-nav-item[path='admin/people']")).hasCount(1);

            users.takeRolesAway(user);
            page.navigate("http://localhost:" + port + "/admin/people");
            assertThat(page.locator("#not-found-title")).isVisible();
            page.navigate("http://localhost:" + port + "/");
            assertThat(page.locator("#dashboard-greeting")).hasText("Welcome, Follow Me");
            assertThat(page.locator("vaadin-side-nav-item[path='admin/people']")).hasCount(0);

            users.disable(user);
            page.navigate("http://localhost:" + port + "/");
            page.waitForURL("**/login**");
            assertThat(page.locator("#dashboard-greeting")).hasCount(0);
        }
    }

    @Test
    void a_wrong_password_shows_a_localized_error_and_no_dashboard() {
        try (var context = chromium.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            var page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("用户名").fill("specialist");
            page.getByLabel("密码").first().fill("not-the-password-1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
            assertThat(page.getByText("登录失败")).isVisible();
            assertThat(page.locator("#dashboard-greeting")).hasCount(0);
        }
    }

    private TestUsers users() {
        return TestUsers.in(applicationContext);
    }

    private void signIn(Page page, String username) {
        submit(page, username, "opscharter-demo");
        page.waitForURL(url -> !url.contains("/login"));
    }

    private void submit(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForLoadState();
    }
}
