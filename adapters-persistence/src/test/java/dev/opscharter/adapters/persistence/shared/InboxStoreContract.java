package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.port.out.InboxStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link InboxStore} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class InboxStoreContract {

    static final Instant AT = Instant.parse("2026-07-02T03:04:05.123456Z");

    protected abstract InboxStore store();

    final String me = "user." + UUID.randomUUID().toString().substring(0, 8);

    InboxEntry entry(String recipient, Instant at) {
        var entry = new InboxEntry(UUID.randomUUID(), recipient, "notification.corrective-action.overdue.owner",
                List.of("缩短发货时间", "2026-06-30", "3"), "compliance/actions?action=x", at, Optional.empty());
        store().add(entry);
        return entry;
    }

    @Test
    void an_entry_round_trips_with_its_arguments() {
        var entry = entry(me, AT);
        assertThat(store().forRecipient(me, 10)).containsExactly(entry);
    }

    @Test
    void an_entry_without_arguments_round_trips() {
        var entry = new InboxEntry(UUID.randomUUID(), me, "k", List.of(), "", AT, Optional.empty());
        store().add(entry);
        assertThat(store().forRecipient(me, 10)).containsExactly(entry);
    }

    @Test
    void newest_first_only_the_recipients_and_limited() {
        var older = entry(me, AT);
        var newer = entry(me, AT.plusSeconds(5));
        entry("other." + me, AT);

        assertThat(store().forRecipient(me, 10)).containsExactly(newer, older);
        assertThat(store().forRecipient(me, 1)).containsExactly(newer);
    }

    @Test
    void marking_read_once_counts_and_only_for_the_recipient() {
        var entry = entry(me, AT);
        entry(me, AT);
        assertThat(store().unreadCount(me)).isEqualTo(2);

        assertThat(store().markRead(entry.id(), "other." + me, AT)).isFalse();
        assertThat(store().markRead(entry.id(), me, AT.plusSeconds(1))).isTrue();
        assertThat(store().markRead(entry.id(), me, AT.plusSeconds(2))).isFalse();

        assertThat(store().unreadCount(me)).isEqualTo(1);
        assertThat(store().forRecipient(me, 10)).filteredOn(e -> e.id().equals(entry.id()))
                .singleElement().satisfies(e -> assertThat(e.readAt()).contains(AT.plusSeconds(1)));
    }

    @Test
    void mark_all_read() {
        entry(me, AT);
        entry(me, AT);
        var theirs = entry("other." + me, AT);

        assertThat(store().markAllRead(me, AT)).isEqualTo(2);
        assertThat(store().unreadCount(me)).isZero();
        assertThat(store().unreadCount(theirs.recipient())).isEqualTo(1);
    }
}
