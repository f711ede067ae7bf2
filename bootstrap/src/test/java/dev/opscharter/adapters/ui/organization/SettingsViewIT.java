package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.ViewTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.OrganizationSettings;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization-wide settings through the real use case on PostgreSQL. Other tests read the
 * time zone, so every test puts the original name and zone back, whatever happened.
 */
@OpsCharterSpringTest
@WithUserDetails("admin")
class SettingsViewIT extends ViewTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ManageSettings settings;
    @Autowired
    AuditTrailQueries auditTrail;

    private OrganizationSettings original;

    @BeforeEach
    void remember_the_original_settings() {
        original = settings.current();
    }

    @AfterEach
    void restore_the_original_settings() {
        var current = settings.current();
        if (!current.organizationName().equals(original.organizationName())
                || !current.timeZone().equals(original.timeZone())) {
            settings.change(original.organizationName(), original.timeZone(), current.version());
        }
    }

    @Test
    void the_administrator_changes_the_time_zone_and_the_organization_name_and_the_audit_trail_records_both() {
        var newName = "OpsCharter QA " + UUID.randomUUID().toString().substring(0, 8);
        var newZone = original.timeZone().equals(BERLIN) ? ZoneId.of("America/Chicago") : BERLIN;
        navigate(SettingsView.class);
        assertThat(textField("settings-organization-name").getValue()).isEqualTo(original.organizationName());
        assertThat(timeZone().getValue()).isEqualTo(original.timeZone());

        test(textField("settings-organization-name")).setValue(newName);
        test(timeZone()).selectItem(newZone.getId());
        click("settings-save");

        assertThat(notifications()).contains("Saved");
        var stored = settings.current();
        assertThat(stored.organizationName()).isEqualTo(newName);
        assertThat(stored.timeZone()).isEqualTo(newZone);
        assertThat(Formats.timeZone()).as("the session counts days in the new zone at once").isEqualTo(newZone);
        assertThat(textField("settings-organization-name").getValue()).isEqualTo(newName);
        assertThat($(Span.class).id("navbar-organization").getText()).as("the top bar follows at once")
                .isEqualTo(newName);

        assertThat(settingsAudit()).filteredOn(e -> e.changes().contains(
                        new FieldChange("organizationName", original.organizationName(), newName)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin");
                    assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
                    assertThat(entry.changes()).containsExactlyInAnyOrder(
                            new FieldChange("organizationName", original.organizationName(), newName),
                            new FieldChange("timeZone", original.timeZone().getId(), newZone.getId()));
                });
    }

    @Test
    void an_empty_organization_name_is_shown_on_its_field_in_chinese_and_nothing_changes() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var view = navigate(SettingsView.class);
        assertThat(view.getPageTitle()).isEqualTo("系统设置");

        test(textField("settings-organization-name")).setValue("");
        test(timeZone()).selectItem(BERLIN.getId());
        click("settings-save");

        var name = textField("settings-organization-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("必填");
        assertThat(settings.current()).isEqualTo(original);
    }

    private List<AuditEntry> settingsAudit() {
        return auditTrail.find(new AuditFilter(Optional.of("admin"), Optional.of("OrganizationSettings"),
                Optional.of("organization"), Optional.empty(), Optional.empty()), 0, 50);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ZoneId> timeZone() {
        return $(ComboBox.class).id("settings-time-zone");
    }
}
