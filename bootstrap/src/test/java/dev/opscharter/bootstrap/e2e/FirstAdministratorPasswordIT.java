package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.opscharter.adapters.persistence.testing.TestDatabaseInitializer;
import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh installation without a configured administrator password: the generated one, printed
 * to the log, opens nothing but the change-password view until the administrator has set their own.
 */
// not @RunningApplicationTest: a fresh installation, without demo users or a configured password
@SpringBootTest(classes = OpsCharterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opscharter.demo=false", "opscharter.admin.password=",
                "jobrunr.background-job-server.enabled=false", "jobrunr.dashboard.enabled=false",
                "logging.file.name=", "opscharter.security.account-check-interval=0s"})
@ContextConfiguration(initializers = FirstAdministratorPasswordIT.OwnDatabase.class)
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorPasswordIT {

    static class OwnDatabase extends TestDatabaseInitializer {
        OwnDatabase() {
            super("first_admin");
        }
    }

    private static final Pattern GENERATED = Pattern.compile("with the generated password: (\\S+)");
    private static final String CHOSEN = "Chosen-By-Admin-42";

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @Autowired
    SignIn signIn;

    @Test
    void the_generated_password_opens_only_the_change_password_view_until_it_is_changed(CapturedOutput output) {
        var generated = GENERATED.matcher(output.getAll());
        assertThat(generated.find()).as("the generated password is logged once").isTrue();
        var admin = signIn.credentials("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.actingRoles()).as("no role until the password is changed").isEmpty();

        try (var context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            var page = context.newPage();
            signIn(page, generated.group(1));
            page.waitForURL("**/account/password"); // the first page of a fresh context is slow on a busy machine
            assertThat(page.locator("#forced-change-reason")).isVisible();

            page.navigate(url("/admin/accounts"));
            page.waitForURL("**/account/password");
            assertThat(page.locator("#forced-change-reason")).isVisible();
            assertThat(page.locator("#accounts-grid")).hasCount(0);

            page.locator("#forced-current-password input").fill(generated.group(1));
            page.locator("#forced-new-password input").fill(CHOSEN);
            page.locator("#forced-new-password-confirm input").fill(CHOSEN);
            page.locator("#forced-change-password").click();
            page.waitForURL("**/login**");

            signIn(page, CHOSEN);
            page.waitForURL(url -> !url.contains("/login") && !url.contains("/account/password"));
            page.navigate(url("/admin/accounts"));
            page.locator("#accounts-grid").waitFor();
            assertThat(page.locator("#forced-change-reason")).hasCount(0);
        }
        var after = signIn.credentials("admin").orElseThrow();
        assertThat(after.mustChangePassword()).isFalse();
        assertThat(after.actingRoles()).contains(Role.ADMIN);
    }

    private void signIn(Page page, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill("admin");
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
