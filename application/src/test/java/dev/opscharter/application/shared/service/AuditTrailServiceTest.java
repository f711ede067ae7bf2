package dev.opscharter.application.shared.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.AdjustableClock;
import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.fakes.FixedActor;
import dev.opscharter.application.shared.fakes.InMemoryAuditLog;
import dev.opscharter.application.shared.fakes.InMemoryProcessedRequests;
import dev.opscharter.application.shared.fakes.InMemoryTransactions;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailServiceTest {

    private static final Instant T0 = Instant.parse("2026-05-14T02:00:00Z");

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final FixedActor actor = FixedActor.as("auditor", Role.AUDITOR);
    private final AuditTrailService service = new AuditTrailService(log, new UseCase(new InMemoryTransactions(), actor,
            new InMemoryAuditLog(), new InMemoryProcessedRequests(),
            new BusinessCalendar(new AdjustableClock(T0), () -> ZoneOffset.UTC)));

    private final AuditEntry departmentCreated = entry(T0, "admin", "Department", "d-1", AuditAction.CREATE);
    private final AuditEntry personUpdated = entry(T0.plusSeconds(60), "admin", "Person", "p-7", AuditAction.UPDATE);
    private final AuditEntry accountLocked = entry(T0.plusSeconds(120), "anonymous", "UserAccount", "a-3",
            AuditAction.SIGN_IN_LOCKED);
    private final AuditEntry leaversDisabled = entry(T0.plusSeconds(180), "system", "UserAccount", "a-4",
            AuditAction.DEACTIVATE);

    AuditTrailServiceTest() {
        List.of(personUpdated, departmentCreated, leaversDisabled, accountLocked).forEach(log::record);
    }

    static Stream<Actor> readers() {
        return Actors.eachOf(Role.ADMIN, Role.AUDITOR, Role.OPS_DIRECTOR);
    }

    static Stream<Actor> everyoneButReaders() {
        return Actors.allBut(Role.ADMIN, Role.AUDITOR, Role.OPS_DIRECTOR);
    }

    @ParameterizedTest
    @MethodSource("readers")
    void administrators_auditors_and_the_director_read_the_trail_newest_first(Actor reader) {
        actor.actAs(reader);

        assertThat(service.find(AuditFilter.ALL, new PageRequest(0, 50)))
                .containsExactly(leaversDisabled, accountLocked, personUpdated, departmentCreated);
        assertThat(service.count(AuditFilter.ALL)).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("everyoneButReaders")
    void other_users_may_not_read_the_trail(Actor someone) {
        actor.actAs(someone);

        assertThatThrownBy(() -> service.find(AuditFilter.ALL, new PageRequest(0, 50)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.count(AuditFilter.ALL)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_system_may_read_the_trail() {
        actor.actAs(Actor.SYSTEM);

        assertThat(service.count(AuditFilter.ALL)).isEqualTo(4);
    }

    @Test
    void the_trail_is_filtered_by_actor_entity_and_time() {
        var userAccounts = new AuditFilter(Optional.empty(), Optional.of("useraccount"), Optional.empty(),
                Optional.empty(), Optional.empty());
        var byAdmin = new AuditFilter(Optional.of("ADMIN"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        var oneRecord = new AuditFilter(Optional.empty(), Optional.empty(), Optional.of("p-7"), Optional.empty(),
                Optional.empty());
        var secondMinute = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(T0.plusSeconds(60)), Optional.of(T0.plusSeconds(120)));

        assertThat(service.find(userAccounts, new PageRequest(0, 50))).containsExactly(leaversDisabled, accountLocked);
        assertThat(service.count(userAccounts)).isEqualTo(2);
        assertThat(service.find(byAdmin, new PageRequest(0, 50))).containsExactly(personUpdated, departmentCreated);
        assertThat(service.find(oneRecord, new PageRequest(0, 50))).containsExactly(personUpdated);
        assertThat(service.find(secondMinute, new PageRequest(0, 50))).containsExactly(personUpdated);
    }

    @Test
    void the_trail_is_read_page_by_page() {
        assertThat(service.find(AuditFilter.ALL, new PageRequest(0, 2))).containsExactly(leaversDisabled, accountLocked);
        assertThat(service.find(AuditFilter.ALL, new PageRequest(2, 2))).containsExactly(personUpdated, departmentCreated);
        assertThat(service.find(AuditFilter.ALL, new PageRequest(4, 2))).isEmpty();
    }

    @Test
    void the_page_sort_reaches_the_log_and_the_exact_parts_choose_person_context_and_record() {
        var oldestFirst = new PageRequest(0, 2, List.of(new PageRequest.Order(AuditFilter.BY_TIME, false)));
        var theSystemOnAccounts = AuditFilter.ALL.byActors(Set.of("system", "anonymous"))
                .ofTypes(Set.of("UserAccount", "Person"));

        assertThat(service.find(AuditFilter.ALL, oldestFirst)).containsExactly(departmentCreated, personUpdated);
        assertThat(service.find(theSystemOnAccounts, new PageRequest(0, 50)))
                .containsExactly(leaversDisabled, accountLocked);
        assertThat(service.find(AuditFilter.ALL.ofRecord("a-4"), new PageRequest(0, 50)))
                .containsExactly(leaversDisabled);
        assertThat(service.count(AuditFilter.ALL.ofRecord("a-"))).as("exactly the id, not ids beginning with it")
                .isZero();
    }

    @Test
    void a_negative_offset_or_limit_is_no_page() {
        assertThatThrownBy(() -> new PageRequest(-5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(service.find(AuditFilter.ALL, new PageRequest(0, 0))).isEmpty();
    }

    @Test
    void a_page_never_holds_more_than_the_maximum() {
        for (int i = 0; i < PageRequest.MAX_LIMIT + 20; i++) {
            log.record(entry(T0.plusSeconds(1000 + i), "system", "Person", "bulk-" + i, AuditAction.UPDATE));
        }

        assertThat(service.find(AuditFilter.ALL, new PageRequest(0, Integer.MAX_VALUE))).hasSize(PageRequest.MAX_LIMIT);
        assertThat(service.count(AuditFilter.ALL)).isEqualTo(PageRequest.MAX_LIMIT + 24);
    }

    @Test
    void reading_the_trail_is_not_itself_audited() {
        service.find(AuditFilter.ALL, new PageRequest(0, 50));
        service.count(AuditFilter.ALL);

        assertThat(log.entries()).hasSize(4);
    }

    private static AuditEntry entry(Instant at, String actor, String entityType, String entityId,
                                    AuditAction action) {
        return new AuditEntry(UUID.randomUUID(), at, actor, entityType, entityId, action,
                List.of(new FieldChange("field", "", "value")));
    }
}
