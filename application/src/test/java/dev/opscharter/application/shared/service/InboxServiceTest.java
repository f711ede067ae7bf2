package dev.opscharter.application.shared.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.AdjustableClock;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.fakes.FixedActor;
import dev.opscharter.application.shared.fakes.InMemoryAuditLog;
import dev.opscharter.application.shared.fakes.InMemoryInboxStore;
import dev.opscharter.application.shared.fakes.InMemoryProcessedRequests;
import dev.opscharter.application.shared.fakes.InMemoryTransactions;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxServiceTest {

    static final Instant NOW = Instant.parse("2026-05-14T02:00:00Z");

    final InMemoryInboxStore store = new InMemoryInboxStore();
    final FixedActor actor = FixedActor.as("specialist", Role.OPS_SPECIALIST);
    final InboxService inbox = new InboxService(store, new UseCase(new InMemoryTransactions(), actor,
            new InMemoryAuditLog(), new InMemoryProcessedRequests(),
            new BusinessCalendar(new AdjustableClock(NOW), () -> ZoneOffset.UTC)));

    InboxEntry entry(String recipient, Instant at) {
        var e = new InboxEntry(UUID.randomUUID(), recipient, "notification.corrective-action.assigned",
                List.of("t", "2026-06-01"), "compliance/actions", at, Optional.empty());
        store.add(e);
        return e;
    }

    @Test
    void a_user_sees_their_own_notifications_newest_first_and_the_unread_count() {
        var older = entry("specialist", NOW.minusSeconds(60));
        var newer = entry("specialist", NOW);
        entry("manager", NOW);

        assertThat(inbox.mine()).extracting(InboxEntry::id).containsExactly(newer.id(), older.id());
        assertThat(inbox.unreadCount()).isEqualTo(2);
    }

    @Test
    void marking_read_counts_down_and_someone_elses_entry_is_left_alone() {
        var mine = entry("specialist", NOW);
        var theirs = entry("manager", NOW);

        inbox.markRead(mine.id());
        inbox.markRead(theirs.id());

        assertThat(inbox.unreadCount()).isZero();
        assertThat(inbox.mine().getFirst().readAt()).contains(NOW);
        assertThat(store.unreadCount("manager")).isEqualTo(1);
    }

    @Test
    void mark_all_read() {
        entry("specialist", NOW);
        entry("specialist", NOW);
        assertThat(inbox.markAllRead()).isEqualTo(2);
        assertThat(inbox.unreadCount()).isZero();
    }

    @Test
    void nobody_signed_in_has_no_inbox() {
        actor.actAs(Actor.ANONYMOUS);
        assertThatThrownBy(inbox::mine).isInstanceOf(AccessDenied.class);
        actor.actAs(Actor.SYSTEM);
        assertThatThrownBy(inbox::unreadCount).isInstanceOf(AccessDenied.class);
    }
}
