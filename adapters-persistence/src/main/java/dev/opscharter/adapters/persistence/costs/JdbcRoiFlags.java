package dev.opscharter.adapters.persistence.costs;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.costs.port.out.RoiFlags;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.RoiDecision;
import dev.opscharter.domain.costs.RoiFlag;
import dev.opscharter.domain.costs.RoiFlagId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link RoiFlags} in {@code cost_roi_flag}, one per channel × month, the decision in the same row. */
@Component
class JdbcRoiFlags implements RoiFlags {

    private static final String ENTITY = "RoiFlag";
    private static final String COLUMNS =
            "id, channel_id, month, work_item_id, decision, decided_by, decided_at, reason, version";

    private final JdbcClient jdbc;

    JdbcRoiFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RoiFlag save(RoiFlag flag) {
        return Saves.translated(ENTITY, flag.id(), Map.of("cost_roi_flag_once",
                () -> new ConcurrentModification(ENTITY, flag.id())), () -> {
            var statement = flag.version() == 0
                    ? jdbc.sql("insert into cost_roi_flag (" + COLUMNS
                            + ") values (:id, :channel, :month, :workItem, :decision, :by, :at, :reason, 1)")
                    : jdbc.sql("""
                            update cost_roi_flag set decision = :decision, decided_by = :by, decided_at = :at,
                                reason = :reason, version = version + 1
                            where id = :id and version = :version""").param("version", flag.version());
            var decision = flag.decision();
            var updated = statement.param("id", flag.id().value()).param("channel", flag.channel().value())
                    .param("month", Months.day(flag.month())).param("workItem", flag.workItem().value())
                    .param("decision", decision.map(d -> d.kind().name()).orElse(null), Types.VARCHAR)
                    .param("by", decision.map(RoiDecision::by).orElse(null), Types.VARCHAR)
                    .param("at", decision.map(d -> d.at().atOffset(ZoneOffset.UTC)).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("reason", decision.map(RoiDecision::reason).orElse(null), Types.VARCHAR)
                    .update();
            if (updated == 0) {
                throw new ConcurrentModification(ENTITY, flag.id());
            }
            return new RoiFlag(flag.id(), flag.channel(), flag.month(), flag.workItem(), flag.decision(),
                    flag.version() + 1);
        });
    }

    @Override
    public Optional<RoiFlag> byId(RoiFlagId id) {
        return jdbc.sql("select " + COLUMNS + " from cost_roi_flag where id = :id").param("id", id.value())
                .query(JdbcRoiFlags::map).optional();
    }

    @Override
    public Optional<RoiFlag> of(ChannelId channel, YearMonth month) {
        return jdbc.sql("select " + COLUMNS + " from cost_roi_flag where channel_id = :channel and month = :month")
                .param("channel", channel.value()).param("month", Months.day(month))
                .query(JdbcRoiFlags::map).optional();
    }

    @Override
    public List<RoiFlag> between(YearMonth from, YearMonth until) {
        return jdbc.sql("select " + COLUMNS + " from cost_roi_flag where month between :from and :until"
                        + " order by month, channel_id")
                .param("from", Months.day(from)).param("until", Months.day(until))
                .query(JdbcRoiFlags::map).list();
    }

    private static RoiFlag map(ResultSet rs, int row) throws SQLException {
        var channel = new ChannelId(rs.getObject("channel_id", UUID.class));
        var month = Months.read(rs, "month");
        var kind = rs.getString("decision");
        var decision = kind == null ? Optional.<RoiDecision>empty()
                : Optional.of(new RoiDecision(channel, month, RoiDecision.Kind.valueOf(kind), rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class).toInstant(), rs.getString("reason")));
        return new RoiFlag(new RoiFlagId(rs.getObject("id", UUID.class)), channel, month,
                new WorkItemId(rs.getObject("work_item_id", UUID.class)), decision, rs.getLong("version"));
    }
}
