package dev.opscharter.application.charter.service;

import dev.opscharter.application.charter.CharterFixture;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CharterServiceTest {

    /** 14 May 2026 in Shanghai, as in {@link OrganizationFixture#NOW}. */
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    private final CharterFixture fx = new CharterFixture();
    private final CharterService service = fx.charterService();

    static Stream<Actor> everyoneButManagement() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    private CharterLine recruitingOwned() {
        return CharterLine.own("RECRUITING", "运营岗位招聘由运营部负责", "Recruiting for operations roles by Operations");
    }

    @Test
    void the_seeded_charter_is_in_force_and_lists_the_four_dimensions() {
        var charter = service.inForce();

        assertThat(charter.number()).isEqualTo(1);
        assertThat(charter.dimensions()).extracting(d -> d.code()).containsExactly("BUSINESS_COORDINATION",
                "EFFICIENCY_OPTIMIZATION", "PROCESS_RISK_CONTROL", "TEAM_COLLABORATION");
        assertThat(service.versions()).containsExactly(fx.first);
    }

    @Test
    void revising_makes_the_next_version_and_keeps_the_old_one_readable() {
        int number = service.revise(fx.seedDimensionsWith(recruitingOwned()), TODAY, "hiring moves to Operations", 1);

        assertThat(number).isEqualTo(2);
        var inForce = service.inForce();
        assertThat(inForce.number()).isEqualTo(2);
        assertThat(inForce.line(new DutyType("RECRUITING")).orElseThrow().involvement())
                .isEqualTo(Involvement.OWN);
        assertThat(inForce.recordedBy()).isEqualTo("manager");
        assertThat(inForce.recordedAt()).isEqualTo(OrganizationFixture.NOW);
        var old = service.version(1);
        assertThat(old).isEqualTo(fx.first);
        assertThat(old.line(new DutyType("RECRUITING")).orElseThrow().involvement())
                .isEqualTo(Involvement.EXCLUDED);
        assertThat(service.versions()).extracting(c -> c.number()).containsExactly(1, 2);
    }

    @Test
    void an_unknown_version_is_not_found() {
        assertThatThrownBy(() -> service.version(7)).isInstanceOf(NotFound.class);
    }

    @Test
    void the_director_may_revise_too() {
        fx.actAs(fx.director);

        assertThat(service.revise(fx.seedDimensions(), TODAY, "annual review", 1)).isEqualTo(2);
    }

    @Test
    void a_revision_is_audit_logged_with_what_changed() {
        var number = service.revise(fx.seedDimensionsWith(recruitingOwned()), TODAY, "hiring moves to Operations", 1);

        var entry = fx.org.onlyAuditEntry();
        var stored = service.version(number);
        assertEntry(entry, CREATE, "manager", "Charter", stored.id());
        assertThat(entry.entityLabel()).isEqualTo("v2");
        assertThat(entry.changes()).extracting(FieldChange::field).contains("version", "RECRUITING")
                .doesNotContain("SYSTEM_DEVELOPMENT");
        assertThat(entry.changes()).contains(new FieldChange("version", "1", "2"));
    }

    @Test
    void a_revision_based_on_a_stale_version_is_refused_and_changes_nothing() {
        service.revise(fx.seedDimensions(), TODAY, "first edit", 1);
        var auditBefore = fx.org.auditLog.entries();

        assertThatThrownBy(() -> service.revise(fx.seedDimensionsWith(recruitingOwned()), TODAY, "late edit", 1))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(service.versions()).hasSize(2);
        assertThat(fx.org.auditLog.entries()).isEqualTo(auditBefore);
    }

    @ParameterizedTest
    @MethodSource("everyoneButManagement")
    void only_the_manager_or_director_may_revise(Actor someone) {
        fx.actAs(someone);

        assertThatThrownBy(() -> service.revise(fx.seedDimensions(), TODAY, "edit", 1))
                .isInstanceOf(AccessDenied.class);

        assertThat(fx.charters.all()).containsExactly(fx.first);
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @Test
    void nobody_signed_in_cannot_read_the_charter() {
        fx.actAs(Actor.ANONYMOUS);

        assertThatThrownBy(service::inForce).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(service::versions).isInstanceOf(AccessDenied.class);
    }

    @Test
    void every_signed_in_user_may_read_the_charter() {
        Actors.everySignedInUser().forEach(someone -> {
            fx.actAs(someone);
            assertThat(service.inForce().number()).isEqualTo(1);
        });
    }

    @Test
    void a_back_dated_revision_is_refused() {
        assertRejected(() -> service.revise(fx.seedDimensions(), TODAY.minusDays(1), "back-dated", 1),
                "effectiveFrom", "validation.charter.backdated");
        assertThat(fx.charters.all()).hasSize(1);
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @Test
    void a_revision_without_a_reason_is_refused() {
        assertRejected(() -> service.revise(fx.seedDimensions(), TODAY, "  ", 1), "note", "validation.required");
        assertThat(fx.charters.all()).hasSize(1);
    }

    @Test
    void a_future_dated_version_is_not_in_force_until_its_day_in_the_organization_time_zone() {
        var from = LocalDate.of(2026, 6, 1);
        service.revise(fx.seedDimensionsWith(recruitingOwned()), from, "from June", 1);

        assertThat(service.inForce().number()).isEqualTo(1);
        // 31 May 23:59:59 in Shanghai
        fx.org.clock.set(Instant.parse("2026-05-31T15:59:59Z"));
        assertThat(service.inForce().number()).isEqualTo(1);
        // 1 June 00:00 in Shanghai, still 31 May in UTC
        fx.org.clock.set(Instant.parse("2026-05-31T16:00:00Z"));
        assertThat(service.inForce().number()).isEqualTo(2);
    }

    @Test
    void the_day_in_force_is_the_organization_time_zone_s_today() {
        // 1 July 01:00 in Shanghai, 30 June 17:00 in UTC
        fx.org.clock.set(Instant.parse("2026-06-30T17:00:00Z"));
        service.revise(fx.seedDimensions(), LocalDate.of(2026, 7, 1), "from July", 1);

        assertThat(service.inForce().number()).isEqualTo(2);

        fx.org.timeZone(ZoneOffset.UTC);
        assertThat(service.inForce().number()).isEqualTo(1);
    }

    @Test
    void work_registered_before_a_future_version_takes_effect_follows_the_version_in_force() {
        service.revise(fx.seedDimensionsWith(recruitingOwned()), LocalDate.of(2026, 6, 1), "from June", 1);
        var items = fx.workItemService();
        var draft = new WorkItemDraft(WorkItemKind.REQUEST, "Hire two analysts", "", "RECRUITING", Optional.empty());

        var before = items.get(items.register(draft));
        fx.org.clock.set(Instant.parse("2026-06-01T01:00:00Z"));
        var after = items.get(items.register(draft));

        assertThat(before.decision().involvement()).isEqualTo(Involvement.EXCLUDED);
        assertThat(before.decision().citation().charterVersion()).isEqualTo(1);
        assertThat(after.decision().involvement()).isEqualTo(Involvement.OWN);
        assertThat(after.decision().citation().charterVersion()).isEqualTo(2);
    }

    @Test
    void reading_opens_no_write_transaction() {
        service.inForce();
        service.versions();

        assertThat(fx.org.transactions.count()).isZero();
    }
}
