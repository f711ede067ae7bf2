package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.InboxFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.PageRequest.Order;
import dev.opscharter.application.shared.port.out.InboxStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
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
    void a_page_of_the_recipients_entries_newest_first_unread_only_on_request() {
        var entries = new ArrayList<InboxEntry>();
        for (int i = 0; i < 5; i++) {
            entries.add(entry(me, AT.plusSeconds(i)));
        }
        entry("other." + me, AT.plusSeconds(9));
        store().markRead(entries.get(3).id(), me, AT.plusSeconds(10));
        var unread = new InboxFilter(true);

        assertThat(store().count(me, InboxFilter.ALL)).isEqualTo(5);
        assertThat(store().count(me, unread)).isEqualTo(4);
        assertThat(ids(store().page(me, InboxFilter.ALL, new PageRequest(1, 2))))
                .containsExactly(entries.get(3).id(), entries.get(2).id());
        assertThat(ids(store().page(me, unread, new PageRequest(0, 2))))
                .containsExactly(entries.get(4).id(), entries.get(2).id());
        assertThat(ids(store().page(me, InboxFilter.ALL, new PageRequest(0, 1, List.of(new Order("received", false))))))
                .containsExactly(entries.get(0).id());
        assertThat(ids(store().page(me, InboxFilter.ALL, new PageRequest(0, 1, List.of(new Order("no-such-key", true))))))
                .containsExactly(entries.get(4).id());
        assertThat(store().page(me, InboxFilter.ALL, new PageRequest(5, 10))).isEmpty();
    }

    private static List<UUID> ids(List<InboxEntry> entries) {
        return entries.stream().map(InboxEntry::id).toList();
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
