package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.ActionItemId;
import dev.opscharter.domain.organization.DepartmentCode;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The action items of meetings and the follow-ups of conflicts in {@code action_item}, by position under their
 * origin ({@code meeting_id} or {@code conflict_id}). Items are only ever added and then registered as work items,
 * so writing inserts the new ones and notes the work item of the others; reading fetches a whole page's at once.
 */
final class ActionItemRows {

    /** Which record an item was agreed in: the column that names it. */
    enum Origin {
        MEETING("meeting_id"), CONFLICT("conflict_id");

        final String column;

        Origin(String column) {
            this.column = column;
        }
    }

    static final String COLUMNS = "a.id, a.owner, a.title, a.due_on, a.duty_type, a.work_item_id";

    private final JdbcClient jdbc;

    ActionItemRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(Origin origin, UUID record, List<ActionItem> items) {
        for (int position = 0; position < items.size(); position++) {
            var item = items.get(position);
            jdbc.sql("insert into action_item (id, " + origin.column + ", position, owner, title, due_on, duty_type,"
                            + " work_item_id) " + """
                            values (:id, :record, :position, :owner, :title, :dueOn, :dutyType, :workItem)
                            on conflict (id) do update set work_item_id = excluded.work_item_id""")
                    .param("id", item.id().value()).param("record", record).param("position", position)
                    .param("owner", item.owner().value()).param("title", item.title()).param("dueOn", item.dueOn())
                    .param("dutyType", item.dutyType().code())
                    .param("workItem", item.workItem().map(WorkItemId::value).orElse(null), Types.OTHER)
                    .update();
        }
    }

    /** The items agreed in each of the records, in order. */
    Map<UUID, List<ActionItem>> of(Origin origin, Collection<UUID> records) {
        return grouped(jdbc.sql("select a." + origin.column + " as record, " + COLUMNS + " from action_item a where a."
                + origin.column + " in (:records) order by a." + origin.column + ", a.position"), records);
    }

    /** The items carried into each of the meetings, in order. */
    Map<UUID, List<ActionItem>> carriedInto(Collection<UUID> meetings) {
        return grouped(jdbc.sql("select c.meeting_id as record, " + COLUMNS + """
                 from meeting_carried_item c join action_item a on a.id = c.action_item_id
                where c.meeting_id in (:records) order by c.meeting_id, c.position"""), meetings);
    }

    /**
     * Which items a meeting carries: the open ones of the meeting before it when it was scheduled, then those agreed
     * there afterwards. The list only grows, so the positions stored already are kept and the new ones added.
     */
    void carry(UUID meeting, List<ActionItem> carried) {
        for (int position = 0; position < carried.size(); position++) {
            jdbc.sql("""
                            insert into meeting_carried_item (meeting_id, position, action_item_id)
                            values (:meeting, :position, :item)
                            on conflict (meeting_id, position) do nothing""")
                    .param("meeting", meeting).param("position", position)
                    .param("item", carried.get(position).id().value()).update();
        }
    }

    private Map<UUID, List<ActionItem>> grouped(JdbcClient.StatementSpec select, Collection<UUID> records) {
        return records.isEmpty() ? Map.of() : Rows.byRecord(select.param("records", records)
                .query((rs, row) -> Map.entry(rs.getObject("record", UUID.class), item(rs))).list());
    }

    private static ActionItem item(ResultSet rs) throws SQLException {
        var workItem = rs.getObject("work_item_id", UUID.class);
        return new ActionItem(new ActionItemId(rs.getObject("id", UUID.class)),
                new DepartmentCode(rs.getString("owner")), rs.getString("title"),
                rs.getObject("due_on", LocalDate.class), new DutyType(rs.getString("duty_type")),
                Optional.ofNullable(workItem).map(WorkItemId::new));
    }
}
