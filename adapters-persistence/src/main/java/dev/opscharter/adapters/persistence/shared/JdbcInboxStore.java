package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.InboxFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.InboxStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The in-app notifications in {@code notification}; the subject's arguments as a {@code text[]}. */
@Component
class JdbcInboxStore implements InboxStore {

    private final JdbcClient jdbc;

    JdbcInboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(InboxEntry entry) {
        Saves.translated("Notification", entry.id(), Map.of(), () -> jdbc.sql("""
                        insert into notification (id, recipient, subject_key, args, link, created_at, read_at)
                        values (:id, :recipient, :subjectKey, :args, :link, :createdAt, :readAt)""")
                .param("id", entry.id())
                .param("recipient", entry.recipient())
                .param("subjectKey", entry.subjectKey())
                .param("args", entry.arguments().toArray(String[]::new))
                .param("link", entry.link())
                .param("createdAt", timestamp(entry.createdAt()))
                .param("readAt", entry.readAt().map(JdbcInboxStore::timestamp).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE)
                .update());
    }

    @Override
    public List<InboxEntry> forRecipient(String recipient, int limit) {
        return page(recipient, InboxFilter.ALL, PageRequest.first(limit));
    }

    /** Read along notification_recipient_idx (recipient, created_at desc). */
    @Override
    public List<InboxEntry> page(String recipient, InboxFilter filter, PageRequest page) {
        return jdbc.sql("select id, recipient, subject_key, args, link, created_at, read_at from notification "
                        + WHERE + SqlPage.orderAndLimit(page, SORT_KEYS, "created_at desc, id"))
                .param("recipient", recipient)
                .param("unreadOnly", filter.unreadOnly())
                .param("limit", page.limit())
                .param("offset", page.offset())
                .query((rs, n) -> entry(rs))
                .list();
    }

    @Override
    public long count(String recipient, InboxFilter filter) {
        return jdbc.sql("select count(*) from notification " + WHERE)
                .param("recipient", recipient)
                .param("unreadOnly", filter.unreadOnly())
                .query(Long.class).single();
    }

    private static final Map<String, String> SORT_KEYS = Map.of("received", "created_at");

    private static final String WHERE = " where recipient = :recipient and (not :unreadOnly or read_at is null) ";

    @Override
    public int unreadCount(String recipient) {
        return jdbc.sql("select count(*) from notification where recipient = :recipient and read_at is null")
                .param("recipient", recipient)
                .query(Integer.class)
                .single();
    }

    @Override
    public boolean markRead(UUID id, String recipient, Instant at) {
        return jdbc.sql("""
                        update notification set read_at = :at
                        where id = :id and recipient = :recipient and read_at is null""")
                .param("at", timestamp(at))
                .param("id", id)
                .param("recipient", recipient)
                .update() == 1;
    }

    @Override
    public int markAllRead(String recipient, Instant at) {
        return jdbc.sql("update notification set read_at = :at where recipient = :recipient and read_at is null")
                .param("at", timestamp(at))
                .param("recipient", recipient)
                .update();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static InboxEntry entry(ResultSet rs) throws SQLException {
        Array args = rs.getArray("args");
        var arguments = args == null ? List.<String>of() : List.of((String[]) args.getArray());
        var readAt = rs.getObject("read_at", OffsetDateTime.class);
        return new InboxEntry(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject_key"),
                arguments, rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(readAt).map(OffsetDateTime::toInstant));
    }
}
