package dev.opscharter.adapters.persistence.costs;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.costs.RevenueFilter;
import dev.opscharter.application.costs.port.out.ChannelRevenues;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.ChannelRevenue;
import dev.opscharter.domain.costs.ChannelRevenueId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ChannelRevenues} in {@code cost_channel_revenue}, one row per channel × month. */
@Component
class JdbcChannelRevenues implements ChannelRevenues {

    private static final String ENTITY = "ChannelRevenue";
    private static final String COLUMNS = "id, channel_id, month, revenue, version";
    private static final Map<String, String> SORT_KEYS = Map.of("month", "month", "revenue", "revenue");
    private static final String WHERE = " " + """
             where (cast(:channel as uuid) is null or channel_id = cast(:channel as uuid))
               and (cast(:from as date) is null or month >= cast(:from as date))
               and (cast(:until as date) is null or month < cast(:until as date))
               and (cast(:month as date) is null or month = cast(:month as date))""";

    private final JdbcClient jdbc;

    JdbcChannelRevenues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChannelRevenue save(ChannelRevenue revenue) {
        return Saves.translated(ENTITY, revenue.id(), Map.of("cost_channel_revenue_once",
                () -> new ConcurrentModification(ENTITY, revenue.id())), () -> {
            var statement = revenue.version() == 0
                    ? jdbc.sql("insert into cost_channel_revenue (" + COLUMNS
                            + ") values (:id, :channel, :month, :revenue, 1)")
                    : jdbc.sql("""
                            update cost_channel_revenue set revenue = :revenue, version = version + 1
                            where id = :id and version = :version""").param("version", revenue.version());
            var updated = statement.param("id", revenue.id().value()).param("channel", revenue.channel().value())
                    .param("month", Months.day(revenue.month())).param("revenue", revenue.revenue()).update();
            if (updated == 0) {
                throw new ConcurrentModification(ENTITY, revenue.id());
            }
            return new ChannelRevenue(revenue.id(), revenue.channel(), revenue.month(), revenue.revenue(),
                    revenue.version() + 1);
        });
    }

    @Override
    public Optional<ChannelRevenue> byId(ChannelRevenueId id) {
        return jdbc.sql("select " + COLUMNS + " from cost_channel_revenue where id = :id").param("id", id.value())
                .query(JdbcChannelRevenues::map).optional();
    }

    @Override
    public Optional<ChannelRevenue> of(ChannelId channel, YearMonth month) {
        return jdbc.sql("select " + COLUMNS + " from cost_channel_revenue where channel_id = :channel and month = :month")
                .param("channel", channel.value()).param("month", Months.day(month))
                .query(JdbcChannelRevenues::map).optional();
    }

    @Override
    public List<ChannelRevenue> page(RevenueFilter filter, PageRequest page) {
        return filtered("select " + COLUMNS + " from cost_channel_revenue" + WHERE
                + SqlPage.orderAndLimit(page, SORT_KEYS, "month desc, channel_id, id"), filter)
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcChannelRevenues::map).list();
    }

    @Override
    public long count(RevenueFilter filter) {
        return filtered("select count(*) from cost_channel_revenue" + WHERE, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, RevenueFilter filter) {
        return jdbc.sql(sql)
                .param("channel", filter.channel().map(ChannelId::value).orElse(null), Types.OTHER)
                .param("from", filter.year().map(year -> year.atDay(1)).orElse(null), Types.DATE)
                .param("until", filter.year().map(year -> year.plusYears(1).atDay(1)).orElse(null), Types.DATE)
                .param("month", filter.month().map(Months::day).orElse(null), Types.DATE);
    }

    @Override
    public List<ChannelRevenue> between(YearMonth from, YearMonth until) {
        return jdbc.sql("select " + COLUMNS + " from cost_channel_revenue where month between :from and :until"
                        + " order by channel_id, month")
                .param("from", Months.day(from)).param("until", Months.day(until))
                .query(JdbcChannelRevenues::map).list();
    }

    private static ChannelRevenue map(ResultSet rs, int row) throws SQLException {
        return new ChannelRevenue(new ChannelRevenueId(rs.getObject("id", UUID.class)),
                new ChannelId(rs.getObject("channel_id", UUID.class)), Months.read(rs, "month"),
                rs.getBigDecimal("revenue"), rs.getLong("version"));
    }
}
