package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail in {@code audit_entry} and {@code audit_change}, with plain SQL: entries are
 * written once and never changed, and the trail is read by filter and page rather than by id.
 * Text filters match case-insensitively anywhere in the field; {@code from} is inclusive, {@code to}
 * exclusive. Timestamps are stored with PostgreSQL's microsecond precision.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.sql("""
                        insert into audit_entry (id, occurred_at, actor, entity_type, entity_id, entity_label, action)
                        values (:id, :occurredAt, :actor, :entityType, :entityId, :entityLabel, :action)""")
                .param("id", entry.id())
                .param("occurredAt", timestamp(entry.occurredAt()))
                .param("actor", entry.actor())
                .param("entityType", entry.entityType())
                .param("entityId", entry.entityId())
                .param("entityLabel", entry.entityLabel())
                .param("action", entry.action().name())
                .update();
        var changes = entry.changes();
        for (int position = 0; position < changes.size(); position++) {
            var change = changes.get(position);
            jdbc.sql("""
                            insert into audit_change (entry_id, position, field, before_value, after_value)
                            values (:entryId, :position, :field, :before, :after)""")
                    .param("entryId", entry.id())
                    .param("position", position)
                    .param("field", change.field())
                    .param("before", change.before())
                    .param("after", change.after())
                    .update();
        }
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, PageRequest page) {
        if (page.limit() <= 0) {
            return List.of();
        }
        var where = Where.of(filter);
        // a fixed fragment chosen by the page, never text from it
        var order = oldestFirst(page) ? "order by occurred_at asc, id asc\n" : "order by occurred_at desc, id desc\n";
        var heads = jdbc.sql("""
                        select id, occurred_at, actor, entity_type, entity_id, entity_label, action
                        from audit_entry
                        """ + where.sql() + order + """
                        offset :offset limit :limit""")
                .params(where.params())
                .param("offset", page.offset())
                .param("limit", page.limit())
                .query((rs, row) -> head(rs))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var changes = changesOf(heads.stream().map(Head::id).toList());
        return heads.stream()
                .map(h -> new AuditEntry(h.id(), h.occurredAt(), h.actor(), h.entityType(), h.entityId(),
                        h.entityLabel(), h.action(), changes.getOrDefault(h.id(), List.of())))
                .toList();
    }

    @Override
    public int count(AuditFilter filter) {
        var where = Where.of(filter);
        long count = jdbc.sql("select count(*) from audit_entry " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        return Math.toIntExact(count);
    }

    private static boolean oldestFirst(PageRequest page) {
        return page.sort().stream().filter(o -> o.key().equals(AuditFilter.BY_TIME)).findFirst().map(o -> !o.descending())
                .orElse(false);
    }

    private Map<UUID, List<FieldChange>> changesOf(List<UUID> entries) {
        var changes = new HashMap<UUID, List<FieldChange>>();
        jdbc.sql("""
                        select entry_id, field, before_value, after_value
                        from audit_change
                        where entry_id in (:entries)
                        order by entry_id, position""")
                .param("entries", entries)
                .query(rs -> {
                    changes.computeIfAbsent(rs.getObject("entry_id", UUID.class), id -> new ArrayList<>())
                            .add(new FieldChange(rs.getString("field"), rs.getString("before_value"),
                                    rs.getString("after_value")));
                });
        return changes;
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("entity_label"), AuditAction.valueOf(rs.getString("action")));
    }

    /** PostgreSQL keeps microseconds (and would round the rest): cut explicitly instead. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private record Head(UUID id, Instant occurredAt, String actor, String entityType, String entityId,
                        String entityLabel, AuditAction action) {
    }

    /** The WHERE clause of a filter: fixed SQL fragments, the values only ever as parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(AuditFilter filter) {
            var conditions = new ArrayList<String>();
            var params = new LinkedHashMap<String, Object>();
            filter.actor().ifPresent(actor -> {
                conditions.add("strpos(lower(actor), lower(:actor)) > 0");
                params.put("actor", actor);
            });
            filter.entityType().ifPresent(type -> {
                conditions.add("strpos(lower(entity_type), lower(:entityType)) > 0");
                params.put("entityType", type);
            });
            filter.entityId().ifPresent(id -> {
                conditions.add("(strpos(lower(entity_id), lower(:entityId)) > 0"
                        + " or strpos(lower(entity_label), lower(:entityId)) > 0)");
                params.put("entityId", id);
            });
            if (!filter.actors().isEmpty()) {
                conditions.add("actor in (:actors)");
                params.put("actors", List.copyOf(filter.actors()));
            }
            if (!filter.entityTypes().isEmpty()) {
                conditions.add("entity_type in (:entityTypes)");
                params.put("entityTypes", List.copyOf(filter.entityTypes()));
            }
            filter.record().ifPresent(record -> {
                conditions.add("entity_id = :record");
                params.put("record", record);
            });
            filter.from().ifPresent(from -> {
                conditions.add("occurred_at >= :from");
                params.put("from", timestamp(from));
            });
            filter.to().ifPresent(to -> {
                conditions.add("occurred_at < :to");
                params.put("to", timestamp(to));
            });
            var sql = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
            return new Where(sql, params);
        }
    }
}
