package dev.opscharter.adapters.persistence.costs;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Channels} in {@code cost_channel}, optimistic locking on {@code version}. */
@Component
class JdbcChannels implements Channels {

    private static final String ENTITY = "Channel";
    private static final String COLUMNS = "id, code, name_zh, name_en, active, version";
    private static final Map<String, String> SORT_KEYS = Map.of("code", "code", "name", "lower(name_en)");

    private final JdbcClient jdbc;

    JdbcChannels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Channel save(Channel channel) {
        return Saves.translated(ENTITY, channel.id(),
                Map.of("cost_channel_code_once", () -> new RuleViolation("rule.costs.channel-code-taken", channel.code())),
                () -> {
                    var statement = channel.version() == 0
                            ? jdbc.sql("insert into cost_channel (" + COLUMNS
                                    + ") values (:id, :code, :nameZh, :nameEn, :active, 1)")
                            : jdbc.sql("""
                                    update cost_channel set name_zh = :nameZh, name_en = :nameEn, active = :active,
                                        version = version + 1
                                    where id = :id and version = :version""").param("version", channel.version());
                    var updated = statement.param("id", channel.id().value()).param("code", channel.code())
                            .param("nameZh", channel.name().chinese()).param("nameEn", channel.name().english())
                            .param("active", channel.active()).update();
                    if (updated == 0) {
                        throw new ConcurrentModification(ENTITY, channel.id());
                    }
                    return new Channel(channel.id(), channel.code(), channel.name(), channel.active(),
                            channel.version() + 1);
                });
    }

    @Override
    public Optional<Channel> byId(ChannelId id) {
        return jdbc.sql("select " + COLUMNS + " from cost_channel where id = :id").param("id", id.value())
                .query(JdbcChannels::map).optional();
    }

    @Override
    public Optional<Channel> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from cost_channel where code = :code").param("code", code)
                .query(JdbcChannels::map).optional();
    }

    @Override
    public List<Channel> all() {
        return jdbc.sql("select " + COLUMNS + " from cost_channel order by code").query(JdbcChannels::map).list();
    }

    @Override
    public List<Channel> page(boolean includeInactive, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from cost_channel where (active or :all)"
                        + SqlPage.orderAndLimit(page, SORT_KEYS, "code"))
                .param("all", includeInactive).param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcChannels::map).list();
    }

    @Override
    public long count(boolean includeInactive) {
        return jdbc.sql("select count(*) from cost_channel where (active or :all)").param("all", includeInactive)
                .query(Long.class).single();
    }

    private static Channel map(ResultSet rs, int row) throws SQLException {
        return new Channel(new ChannelId(rs.getObject("id", UUID.class)), rs.getString("code"),
                new BilingualName(rs.getString("name_zh"), rs.getString("name_en")), rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
