package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The auditor reads the trail on a 1366×768 laptop: chooses the manager by name and today as the
 * period, and reads the manager's change in words — the person's name, the record type and the
 * work item's states in Chinese, never the account or the codes.
 */
@RunningApplicationTest
class AuditTrailFlowIT {

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;
    @Autowired
    SettingsStore settings;

    @Test
    void the_auditor_filters_by_person_and_period_and_reads_translated_rows() {
        var title = "审计流程 " + UUID.randomUUID().toString().substring(0, 8);
        var today = LocalDate.now(clock.withZone(settings.load().timeZone()));
        auditLog.record(new AuditEntry(UUID.randomUUID(), clock.instant(), "manager", "WorkItem",
                UUID.randomUUID().toString(), title, AuditAction.UPDATE,
                List.of(new FieldChange("status", "OPEN", "DONE"))));

        try (var context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1366, 768))) {
            var page = context.newPage();
            Chromium.signIn(page, port, "auditor");
            page.navigate("http://localhost:" + port + "/admin/audit");

            Chromium.choose(page, "#audit-person", "李明");
            var typed = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.SIMPLIFIED_CHINESE)
                    .format(today);
            for (var picker : List.of("#audit-from", "#audit-to")) {
                page.locator(picker + " input").fill(typed);
                page.locator(picker + " input").press("Enter");
            }
            page.locator("#audit-entity-id input").fill(title);

            // the filters reach the database: exactly the one entry is left (the grid's size is its count)
            page.waitForFunction("() => document.querySelector('#audit-grid').size === 1");
            // what is on screen: the grid keeps the cells of rows it no longer shows, hidden
            var shown = new LocatorAssertions.ContainsTextOptions().setUseInnerText(true);
            var grid = page.locator("#audit-grid");
            assertThat(grid).containsText("状态：进行中 → 已完成", shown);
            assertThat(grid).containsText("李明", shown);
            assertThat(grid).containsText("工作事项", shown);
            assertThat(grid).containsText(title, shown);
            assertThat(grid).not().containsText("manager", shown);
            assertThat(grid).not().containsText("OPEN", shown);
            // the filters fit the laptop's width: the last one is on screen without scrolling sideways
            assertThat(page.locator("#audit-to")).isInViewport();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/audit-trail.png")));
        }
    }
}
