package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.organization.OrganizationSettings;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.ZoneId;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final OrganizationFixture org = new OrganizationFixture();
    private final SettingsService service = org.settingsService();

    static Stream<Actor> everySignedInUser() {
        return Actors.everySignedInUser();
    }

    static Stream<Actor> everyoneButAdmin() {
        return Actors.allBut(Role.ADMIN);
    }

    @ParameterizedTest
    @MethodSource("everySignedInUser")
    void every_user_reads_the_settings_with_shanghai_as_the_default_time_zone(Actor someone) {
        org.actAs(someone);

        var settings = service.current();

        assertThat(settings.timeZone()).isEqualTo(SHANGHAI).isEqualTo(OrganizationSettings.DEFAULT_TIME_ZONE);
        assertThat(settings.organizationName()).isEqualTo("OpsCharter");
    }

    @Test
    void an_admin_changes_the_settings_and_the_change_is_audited_once() {
        var current = service.current();

        service.change("  Acme 运营管理部 ", BERLIN, current.version());

        var stored = service.current();
        assertThat(stored.organizationName()).isEqualTo("Acme 运营管理部");
        assertThat(stored.timeZone()).isEqualTo(BERLIN);
        assertThat(stored.version()).isEqualTo(current.version() + 1);
        var entry = org.onlyAuditEntry();
        assertEntry(entry, UPDATE, "admin", "OrganizationSettings", "organization");
        assertThat(entry.occurredAt()).isEqualTo(OrganizationFixture.NOW);
        assertThat(entry.changes()).containsExactly(
                new FieldChange("organizationName", "OpsCharter", "Acme 运营管理部"),
                new FieldChange("timeZone", "Asia/Shanghai", "Europe/Berlin"));
    }

    @Test
    void a_change_of_the_time_zone_alone_audits_only_the_time_zone() {
        service.change("OpsCharter", BERLIN, service.current().version());

        assertThat(org.onlyAuditEntry().changes())
                .containsExactly(new FieldChange("timeZone", "Asia/Shanghai", "Europe/Berlin"));
    }

    @ParameterizedTest
    @MethodSource("everyoneButAdmin")
    void only_an_admin_may_change_the_settings(Actor someone) {
        var version = service.current().version();
        org.actAs(someone);
        var before = org.state();

        assertThatThrownBy(() -> service.change("Acme", BERLIN, version)).isInstanceOf(AccessDenied.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_change_made_on_a_stale_copy_is_refused_and_changes_nothing() {
        var loaded = service.current();
        service.change("Acme", SHANGHAI, loaded.version());
        var before = org.state();

        assertThatThrownBy(() -> service.change("OpsCharter", BERLIN, loaded.version()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void each_invalid_field_is_named_and_nothing_changes() {
        var version = service.current().version();
        var before = org.state();

        assertRejected(() -> service.change(" ", BERLIN, version), "organizationName", "validation.required");
        assertRejected(() -> service.change("x".repeat(121), BERLIN, version), "organizationName",
                "validation.too-long");
        assertRejected(() -> service.change("Acme", null, version), "timeZone", "validation.required");

        assertThat(org.state()).isEqualTo(before);
    }
}
