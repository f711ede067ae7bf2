package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each creating dialog in a real browser, its Save button double-clicked as an impatient user does:
 * exactly one record is created (counted in the database once the dialog closed, which it does in
 * the answer to the click that created), and a corrective action notifies its owner once.
 */
@RunningApplicationTest
class DoubleClickFlowIT {

    private static final String FIGURE_ENTRIES =
            "select count(*) from audit_entry where entity_type = 'AppraisalFigure' and entity_id = ?";

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    SettingsStore settings;
    @Autowired
    ManagePeople people;
    @Autowired
    DepartmentQueries departments;

    @BeforeAll
    static void startBrowser() {
        // a busy two-core machine may take longer than the assertions' default 5 s to answer a click
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void a_double_clicked_work_item_is_registered_once() {
        var title = "双击登记 " + token();
        try (var context = browser("zh-CN")) {
            var page = signedIn(context, "manager", "/charter/work-items");
            page.locator("#work-item-new").click();
            page.locator("#work-item-title input").fill(title);
            Chromium.choose(page, "#work-item-duty-type", "推动流程优化");
            assertThat(page.locator("#work-item-preview")).isVisible();

            page.locator("#work-item-save").dblclick();

            assertThat(page.locator("#work-item-dialog")).hasCount(0);
        }
        assertThat(count("select count(*) from work_item where title = ?", title)).isEqualTo(1);
    }

    @Test
    void a_double_clicked_corrective_action_is_raised_once_and_notified_once() {
        var title = "整改：双击 " + token();
        var quarter = Period.quarterOf(LocalDate.now(clock.withZone(settings.load().timeZone()))).previous();
        try (var context = browser("zh-CN")) {
            var page = signedIn(context, "manager", "/compliance/actions?period=" + quarter.key()
                    + "&process=RECEIPT&type=STEP_LATE&step=T02&cases=3");
            page.locator("#actions-new-title input").fill(title);
            // typed, not scrolled to: on the shared database the list holds other tests' people too, and
            // the combo box renders only the items in view
            Chromium.choose(page, "#actions-new-owner", "张晓雨");

            page.locator("#actions-new-save").dblclick();

            assertThat(page.locator("#actions-new-dialog")).hasCount(0);
        }
        assertThat(count("select count(*) from corrective_action where title = ?", title)).isEqualTo(1);
        assertThat(count("select count(*) from notification where recipient = 'specialist' and ? = any(args)", title))
                .isEqualTo(1);
    }

    @Test
    void a_double_clicked_department_is_created_once() {
        var code = "DBL" + token().toUpperCase();
        try (var context = browser("en")) {
            var page = signedIn(context, "admin", "/admin/departments");
            page.locator("#department-new").click();
            page.locator("#department-code input").fill(code);
            page.locator("#department-name-zh input").fill("双击部" + code);
            page.locator("#department-name-en input").fill("Double click " + code);

            page.locator("#department-save").dblclick();

            assertThat(page.locator("#department-dialog")).hasCount(0);
        }
        assertThat(count("select count(*) from department where code = ?", code)).isEqualTo(1);
    }

    @Test
    void a_double_clicked_hire_is_recorded_once() {
        var email = "double." + token() + "@demo.example";
        try (var context = browser("en")) {
            var page = signedIn(context, "admin", "/admin/people");
            page.locator("#person-new").click();
            page.locator("#person-name input").fill("Double Click " + email);
            page.locator("#person-email input").fill(email);
            Chromium.choose(page, "#person-department", "Supply Chain");

            page.locator("#person-save").dblclick();

            assertThat(page.locator("#person-dialog")).hasCount(0);
        }
        assertThat(count("select count(*) from person where email = ?", email)).isEqualTo(1);
    }

    @Test
    void a_double_clicked_account_is_opened_once() {
        var name = "Account " + token();
        SystemTasks.asUser("admin", () -> people.hire(new PersonDraft(name, token() + "@demo.example",
                departments.all().getFirst().id(), Set.of(), false, LocalDate.of(2024, 1, 2))));
        var username = "dbl." + token();
        try (var context = browser("en")) {
            var page = signedIn(context, "admin", "/admin/accounts");
            page.locator("#account-open").click();
            Chromium.choose(page, "#account-person", name);
            page.locator("#account-username input").fill(username);
            page.locator("#account-password input").fill("a long enough passphrase 42");
            page.locator("#account-password-confirm input").fill("a long enough passphrase 42");

            page.locator("#account-save").dblclick();

            assertThat(page.locator("#account-dialog")).hasCount(0);
        }
        assertThat(count("select count(*) from user_account where username = ?", username)).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where entity_type = 'UserAccount' and entity_label = ?",
                username)).isEqualTo(1);
    }

    @Test
    void a_double_clicked_figure_is_entered_once() {
        // the demo leaves the quarter that ended last empty, for the manager to fill in
        var quarter = Period.quarterOf(LocalDate.now(clock.withZone(settings.load().timeZone()))).previous();
        var figure = "CUSTOMER_SATISFACTION@" + quarter.key();
        // the database is shared: another test, or an earlier run on an external server, may have entered it
        int entries = count(FIGURE_ENTRIES, figure);
        try (var context = browser("zh-CN")) {
            var page = signedIn(context, "manager", "/appraisal/scorecard?period=" + quarter.key());
            page.locator("#part-CUSTOMER_SATISFACTION-enter").click();
            page.locator("#figure-value input").fill("91.5");
            page.locator("#figure-reason textarea").fill("客户满意度调查报告");

            page.locator("#figure-save").dblclick();

            assertThat(page.locator("#figure-dialog")).hasCount(0);
            assertThat(page.locator("#part-CUSTOMER_SATISFACTION-figure")).containsText("91.5");
        }
        assertThat(count(FIGURE_ENTRIES, figure)).isEqualTo(entries + 1);
    }

    @Test
    void a_double_clicked_standards_adjustment_is_one_new_version() {
        int versions = count("select count(*) from appraisal_standards");
        var nextYear = LocalDate.now(clock.withZone(settings.load().timeZone())).getYear() + 1;
        try (var context = browser("zh-CN")) {
            var page = signedIn(context, "director", "/appraisal/standards");
            page.locator("#standards-adjust").click();
            page.locator("#standards-from-year input").fill(Integer.toString(nextYear));
            page.locator("#standards-note textarea").fill("双击：标准不变，仅试一次");

            page.locator("#standards-save").dblclick();

            assertThat(page.locator("#standards-dialog")).hasCount(0);
        }
        assertThat(count("select count(*) from appraisal_standards")).isEqualTo(versions + 1);
    }

    @Test
    void a_double_clicked_check_run_is_queued_once() {
        int jobs = count("select count(*) from jobrunr_jobs");
        try (var context = browser("zh-CN")) {
            var page = signedIn(context, "manager", "/compliance/checks");
            page.locator("#check-run").click();
            assertThat(page.locator("#check-period input")).not().hasValue("");

            page.locator("#check-run-save").dblclick();

            assertThat(page.locator("#check-run-dialog")).hasCount(0);
        }
        assertThat(count("select count(*) from jobrunr_jobs")).isEqualTo(jobs + 1);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private int count(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Integer.class).single();
    }

    private BrowserContext browser(String locale) {
        return chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1400, 1000));
    }

    private Page signedIn(BrowserContext context, String username, String path) {
        var page = context.newPage();
        page.setDefaultTimeout(60_000);
        Chromium.signIn(page, port, username);
        page.navigate("http://localhost:" + port + path);
        return page;
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
