package dev.opscharter.application.costs.service;

import dev.opscharter.application.costs.CostFilter;
import dev.opscharter.application.costs.RevenueFilter;
import dev.opscharter.application.costs.port.in.CostQueries;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.costs.port.out.ChannelRevenues;
import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.out.RowFiles;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.ChannelRevenue;
import dev.opscharter.domain.costs.ChannelRevenueId;
import dev.opscharter.domain.costs.ChannelStep;
import dev.opscharter.domain.costs.CostsPermission;
import dev.opscharter.domain.costs.MonthlyCost;
import dev.opscharter.domain.costs.MonthlyCostId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.RuleViolation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.opscharter.domain.costs.CostsPermission.MANAGE;
import static dev.opscharter.domain.costs.CostsPermission.READ;
import static dev.opscharter.domain.costs.CostsPermission.RECORD;

/**
 * Channels, monthly costs and channel revenue. Every change of a cost or a revenue has the months it
 * touches judged again by {@link RoiService}, in the same transaction, so a month that fell below
 * break-even has its decision raised as it is recorded.
 */
public final class CostService implements ManageCosts, CostQueries {

    static final RecordType<ChannelId, Channel> CHANNEL = new RecordType<>("Channel", Channel::id, Channel::code,
            CostService::snapshot, Channel::version, ChannelId::toString, text -> new ChannelId(UUID.fromString(text)));
    static final RecordType<MonthlyCostId, MonthlyCost> COST = new RecordType<>("MonthlyCost", MonthlyCost::id,
            cost -> cost.month() + " " + cost.type(), CostService::snapshot, MonthlyCost::version,
            MonthlyCostId::toString, text -> new MonthlyCostId(UUID.fromString(text)));
    static final RecordType<ChannelRevenueId, ChannelRevenue> REVENUE = new RecordType<>("ChannelRevenue",
            ChannelRevenue::id, revenue -> revenue.month() + " " + revenue.channel(), CostService::snapshot,
            ChannelRevenue::version, ChannelRevenueId::toString, text -> new ChannelRevenueId(UUID.fromString(text)));

    private final Channels channels;
    private final MonthlyCosts costs;
    private final ChannelRevenues revenues;
    private final RowFiles files;
    private final RoiService roi;
    private final UseCase uc;

    public CostService(Channels channels, MonthlyCosts costs, ChannelRevenues revenues, RowFiles files,
                       RoiService roi, UseCase uc) {
        this.channels = channels;
        this.costs = costs;
        this.revenues = revenues;
        this.files = files;
        this.roi = roi;
        this.uc = uc;
    }

    @Override
    public ChannelId createChannel(RequestKey request, String code, BilingualName name) {
        return uc.create(MANAGE, request, CHANNEL, channels, me -> {
            var channel = Channel.create(code, name);
            if (channels.byCode(channel.code()).isPresent()) {
                throw new RuleViolation("rule.costs.channel-code-taken", channel.code());
            }
            return channel;
        });
    }

    @Override
    public void renameChannel(ChannelId id, BilingualName name, long version) {
        uc.change(MANAGE, CHANNEL, channels, id, version, AuditAction.UPDATE, (me, channel) -> channel.rename(name));
    }

    @Override
    public void deactivateChannel(ChannelId id, long version) {
        uc.change(MANAGE, CHANNEL, channels, id, version, AuditAction.DEACTIVATE, (me, channel) -> channel.deactivate());
    }

    @Override
    public void reactivateChannel(ChannelId id, long version) {
        uc.change(MANAGE, CHANNEL, channels, id, version, AuditAction.REACTIVATE, (me, channel) -> channel.reactivate());
    }

    @Override
    public MonthlyCostId recordCost(RequestKey request, CostDraft draft) {
        return uc.write(RECORD, me -> {
            var id = uc.create(RECORD, request, COST, costs, who -> {
                var cost = MonthlyCost.record(draft.month(), draft.type(), draft.channel(), draft.amount(),
                        draft.note());
                draft.channel().ifPresent(this::activeChannel);
                if (costs.byKey(cost.key()).isPresent()) {
                    throw new RuleViolation("rule.costs.cost-recorded", cost.month().toString(), cost.type().name());
                }
                return cost;
            });
            draft.channel().ifPresent(channel -> roi.judge(Set.of(new ChannelMonth(channel, draft.month()))));
            return id;
        });
    }

    @Override
    public void correctCost(MonthlyCostId id, BigDecimal amount, String note, long version) {
        uc.run(RECORD, me -> {
            var saved = uc.change(RECORD, COST, costs, id, version, AuditAction.UPDATE,
                    (who, cost) -> cost.correct(amount, note));
            saved.channel().ifPresent(channel -> roi.judge(Set.of(new ChannelMonth(channel, saved.month()))));
        });
    }

    @Override
    public ChannelRevenueId recordRevenue(RequestKey request, ChannelId channel, YearMonth month, BigDecimal revenue) {
        return uc.write(RECORD, me -> {
            var id = uc.create(RECORD, request, REVENUE, revenues, who -> {
                var recorded = ChannelRevenue.record(channel, month, revenue);
                activeChannel(channel);
                if (revenues.of(channel, month).isPresent()) {
                    throw new RuleViolation("rule.costs.revenue-recorded", month.toString());
                }
                return recorded;
            });
            roi.judge(Set.of(new ChannelMonth(channel, month)));
            return id;
        });
    }

    @Override
    public void correctRevenue(ChannelRevenueId id, BigDecimal revenue, long version) {
        uc.run(RECORD, me -> {
            var saved = uc.change(RECORD, REVENUE, revenues, id, version, AuditAction.UPDATE,
                    (who, stored) -> stored.correct(revenue));
            roi.judge(Set.of(new ChannelMonth(saved.channel(), saved.month())));
        });
    }

    @Override
    public ImportSummary importCosts(Path file, String fileName) {
        return uc.write(RECORD, me -> {
            try (var rows = files.open(file, fileName)) {
                var read = new CostRows(rows, channels.all()).costs();
                var tally = new Tally(fileName, read.size());
                var seen = new LinkedHashMap<MonthlyCost.CostKey, BigDecimal>();
                var touched = new HashSet<ChannelMonth>();
                for (var row : read) {
                    var cost = CostRows.checked(row.line(), () -> MonthlyCost.record(row.month(), row.type(),
                            row.channel().map(Channel::id), row.amount(), ""));
                    once(seen, cost.key(), cost.amount(), row.line());
                }
                for (var entry : seen.entrySet()) {
                    var cost = MonthlyCost.record(entry.getKey().month(), entry.getKey().type(),
                            entry.getKey().channel(), entry.getValue(), "");
                    var stored = costs.byKey(cost.key());
                    if (stored.isEmpty()) {
                        uc.created(COST, costs.save(cost));
                        tally.added++;
                    } else if (stored.get().amount().compareTo(cost.amount()) != 0) {
                        uc.save(COST, costs, AuditAction.UPDATE, stored.get(),
                                stored.get().correct(cost.amount(), stored.get().note()));
                        tally.corrected++;
                    } else {
                        tally.unchanged++;
                        continue;
                    }
                    cost.channel().ifPresent(channel -> touched.add(new ChannelMonth(channel, cost.month())));
                }
                roi.judge(touched);
                return tally.summary();
            }
        });
    }

    @Override
    public ImportSummary importRevenue(Path file, String fileName) {
        return uc.write(RECORD, me -> {
            try (var rows = files.open(file, fileName)) {
                var read = new CostRows(rows, channels.all()).revenues();
                var tally = new Tally(fileName, read.size());
                var seen = new LinkedHashMap<ChannelMonth, BigDecimal>();
                var touched = new HashSet<ChannelMonth>();
                for (var row : read) {
                    var revenue = CostRows.checked(row.line(),
                            () -> ChannelRevenue.record(row.channel().id(), row.month(), row.revenue()));
                    once(seen, new ChannelMonth(revenue.channel(), revenue.month()), revenue.revenue(), row.line());
                }
                for (var entry : seen.entrySet()) {
                    var key = entry.getKey();
                    var revenue = ChannelRevenue.record(key.channel(), key.month(), entry.getValue());
                    var stored = revenues.of(revenue.channel(), revenue.month());
                    if (stored.isEmpty()) {
                        uc.created(REVENUE, revenues.save(revenue));
                        tally.added++;
                    } else if (stored.get().revenue().compareTo(revenue.revenue()) != 0) {
                        uc.save(REVENUE, revenues, AuditAction.UPDATE, stored.get(),
                                stored.get().correct(revenue.revenue()));
                        tally.corrected++;
                    } else {
                        tally.unchanged++;
                        continue;
                    }
                    touched.add(key);
                }
                roi.judge(touched);
                return tally.summary();
            }
        });
    }

    /**
     * Every row is checked before anything is stored, so a refused file stores nothing whatever the
     * transaction does. A file naming one key twice with two amounts says two things at once: which is
     * meant is not ours to guess.
     */
    private static <K> void once(Map<K, BigDecimal> seen, K key, BigDecimal amount, long line) {
        var earlier = seen.putIfAbsent(key, amount);
        if (earlier != null && earlier.compareTo(amount) != 0) {
            throw new ImportRefused(line, CostRows.PREFIX + "twice", earlier.toPlainString(), amount.toPlainString());
        }
    }

    private Channel activeChannel(ChannelId id) {
        var channel = channels.byId(id).orElseThrow(() -> new NotFound(CHANNEL.entity(), id));
        if (!channel.active()) {
            throw new RuleViolation("rule.costs.channel-inactive");
        }
        return channel;
    }

    @Override
    public List<Channel> channels(boolean includeInactive, PageRequest page) {
        return uc.read(READ, () -> channels.page(includeInactive, page));
    }

    @Override
    public long countChannels(boolean includeInactive) {
        return uc.read(READ, () -> channels.count(includeInactive));
    }

    @Override
    public List<Channel> allChannels() {
        return uc.read(READ, () -> channels.all());
    }

    @Override
    public WithSteps<Channel, ChannelStep> channel(ChannelId id) {
        return uc.read(READ, me -> {
            var channel = channels.byId(id).orElseThrow(() -> new NotFound(CHANNEL.entity(), id));
            return new WithSteps<>(channel, me.may(CostsPermission.MANAGE) ? channel.allowedSteps() : List.of());
        });
    }

    @Override
    public List<MonthlyCost> costs(CostFilter filter, PageRequest page) {
        return uc.read(READ, () -> costs.page(filter, page));
    }

    @Override
    public long countCosts(CostFilter filter) {
        return uc.read(READ, () -> costs.count(filter));
    }

    @Override
    public List<ChannelRevenue> revenues(RevenueFilter filter, PageRequest page) {
        return uc.read(READ, () -> revenues.page(filter, page));
    }

    @Override
    public long countRevenues(RevenueFilter filter) {
        return uc.read(READ, () -> revenues.count(filter));
    }

    private static final class Tally {
        private final String fileName;
        private final int received;
        int added;
        int corrected;
        int unchanged;

        Tally(String fileName, int received) {
            this.fileName = fileName;
            this.received = received;
        }

        ImportSummary summary() {
            return new ImportSummary(fileName, received, added, corrected, unchanged);
        }
    }

    private static Map<String, String> snapshot(Channel channel) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("code", channel.code());
        fields.put("nameZh", channel.name().chinese());
        fields.put("nameEn", channel.name().english());
        fields.put("active", Boolean.toString(channel.active()));
        return fields;
    }

    private static Map<String, String> snapshot(MonthlyCost cost) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("month", cost.month().toString());
        fields.put("type", cost.type().name());
        fields.put("channel", cost.channel().map(ChannelId::toString).orElse(""));
        fields.put("amount", cost.amount().toPlainString());
        fields.put("note", cost.note());
        return fields;
    }

    private static Map<String, String> snapshot(ChannelRevenue revenue) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("channel", revenue.channel().toString());
        fields.put("month", revenue.month().toString());
        fields.put("revenue", revenue.revenue().toPlainString());
        return fields;
    }
}
