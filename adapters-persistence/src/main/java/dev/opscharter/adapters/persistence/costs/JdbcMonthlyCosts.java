package dev.opscharter.adapters.persistence.costs;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.costs.ChannelMonthAmount;
import dev.opscharter.application.costs.CostFilter;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.MonthlyCost;
import dev.opscharter.domain.costs.MonthlyCostId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link MonthlyCosts} in {@code cost_monthly}; the sums for ROI and budgets are computed in SQL. */
@Component
class JdbcMonthlyCosts implements MonthlyCosts {

    private static final String ENTITY = "MonthlyCost";
    private static final String COLUMNS = "id, month, cost_type, channel_id, amount, note, version";
    private static final Map<String, String> SORT_KEYS = Map.of("month", "month", "type", "cost_type",
            "amount", "amount");
    private static final String WHERE = " " + """
             where (cast(:type as text) is null or cost_type = cast(:type as text))
               and (cast(:channel as uuid) is null or channel_id = cast(:channel as uuid))
               and (cast(:from as date) is null or month >= cast(:from as date))
               and (cast(:until as date) is null or month < cast(:until as date))
               and (cast(:month as date) is null or month = cast(:month as date))""";

    private final JdbcClient jdbc;

    JdbcMonthlyCosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MonthlyCost save(MonthlyCost cost) {
        return Saves.translated(ENTITY, cost.id(), Map.of("cost_monthly_key_once",
                () -> new ConcurrentModification(ENTITY, cost.id())), () -> {
            var statement = cost.version() == 0
                    ? jdbc.sql("insert into cost_monthly (" + COLUMNS
                            + ") values (:id, :month, :type, :channel, :amount, :note, 1)")
                    : jdbc.sql("""
                            update cost_monthly set amount = :amount, note = :note, version = version + 1
                            where id = :id and version = :version""").param("version", cost.version());
            var updated = statement.param("id", cost.id().value()).param("month", Months.day(cost.month()))
                    .param("type", cost.type().name())
                    .param("channel", cost.channel().map(ChannelId::value).orElse(null), Types.OTHER)
                    .param("amount", cost.amount()).param("note", cost.note()).update();
            if (updated == 0) {
                throw new ConcurrentModification(ENTITY, cost.id());
            }
            return new MonthlyCost(cost.id(), cost.month(), cost.type(), cost.channel(), cost.amount(), cost.note(),
                    cost.version() + 1);
        });
    }

    @Override
    public Optional<MonthlyCost> byId(MonthlyCostId id) {
        return jdbc.sql("select " + COLUMNS + " from cost_monthly where id = :id").param("id", id.value())
                .query(JdbcMonthlyCosts::map).optional();
    }

    @Override
    public Optional<MonthlyCost> byKey(MonthlyCost.CostKey key) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from cost_monthly where month = :month and cost_type = :type
                         and channel_id is not distinct from cast(:channel as uuid)""")
                .param("month", Months.day(key.month())).param("type", key.type().name())
                .param("channel", key.channel().map(ChannelId::value).orElse(null), Types.OTHER)
                .query(JdbcMonthlyCosts::map).optional();
    }

    @Override
    public List<MonthlyCost> page(CostFilter filter, PageRequest page) {
        return filtered("select " + COLUMNS + " from cost_monthly" + WHERE
                + SqlPage.orderAndLimit(page, SORT_KEYS, "month desc, cost_type, channel_id nulls first, id"), filter)
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcMonthlyCosts::map).list();
    }

    @Override
    public long count(CostFilter filter) {
        return filtered("select count(*) from cost_monthly" + WHERE, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, CostFilter filter) {
        return jdbc.sql(sql)
                .param("type", filter.type().map(CostType::name).orElse(null), Types.VARCHAR)
                .param("channel", filter.channel().map(ChannelId::value).orElse(null), Types.OTHER)
                .param("from", filter.year().map(year -> year.atDay(1)).orElse(null), Types.DATE)
                .param("until", filter.year().map(year -> year.plusYears(1).atDay(1)).orElse(null), Types.DATE)
                .param("month", filter.month().map(Months::day).orElse(null), Types.DATE);
    }

    @Override
    public List<ChannelMonthAmount> channelTotals(YearMonth from, YearMonth until) {
        return jdbc.sql("""
                        select channel_id, month, sum(amount) as total from cost_monthly
                        where channel_id is not null and month between :from and :until
                        group by channel_id, month order by channel_id, month""")
                .param("from", Months.day(from)).param("until", Months.day(until))
                .query((rs, row) -> new ChannelMonthAmount(new ChannelId(rs.getObject("channel_id", UUID.class)),
                        Months.read(rs, "month"), rs.getBigDecimal("total")))
                .list();
    }

    @Override
    public Map<CostType, BigDecimal> typeTotals(int year) {
        var totals = new EnumMap<CostType, BigDecimal>(CostType.class);
        jdbc.sql("""
                        select cost_type, sum(amount) as total from cost_monthly
                        where month >= make_date(:year, 1, 1) and month < make_date(:year + 1, 1, 1)
                        group by cost_type""")
                .param("year", year)
                .query((rs, row) -> Map.entry(CostType.valueOf(rs.getString("cost_type")), rs.getBigDecimal("total")))
                .list()
                .forEach(total -> totals.put(total.getKey(), total.getValue()));
        return totals;
    }

    private static MonthlyCost map(ResultSet rs, int row) throws SQLException {
        var channel = rs.getObject("channel_id", UUID.class);
        return new MonthlyCost(new MonthlyCostId(rs.getObject("id", UUID.class)), Months.read(rs, "month"),
                CostType.valueOf(rs.getString("cost_type")), Optional.ofNullable(channel).map(ChannelId::new),
                rs.getBigDecimal("amount"), rs.getString("note"), rs.getLong("version"));
    }
}
