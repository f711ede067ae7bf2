package dev.opscharter.application.costs.service;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.costs.port.in.RoiDecisions;
import dev.opscharter.application.costs.port.out.ChannelRevenues;
import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.costs.port.out.RoiFlags;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.ChannelRevenue;
import dev.opscharter.domain.costs.RoiDecision;
import dev.opscharter.domain.costs.RoiFlag;
import dev.opscharter.domain.costs.RoiFlagId;
import dev.opscharter.domain.costs.RoiFlagStep;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.costs.CostsPermission.MANAGE;
import static dev.opscharter.domain.costs.CostsPermission.READ;
import static dev.opscharter.domain.costs.CostsPermission.RECORD;

/**
 * The return of each channel month, and the flags of those below break-even. A flag's work item is
 * registered under a request key drawn from the channel and the month, so raising it again — a second
 * import, two people at once — registers nothing more; the decision finishes that work item.
 */
public final class RoiService implements RoiDecisions {

    static final RecordType<RoiFlagId, RoiFlag> FLAG = new RecordType<>("RoiFlag", RoiFlag::id,
            flag -> flag.month() + " " + flag.channel(), RoiService::snapshot, RoiFlag::version,
            RoiFlagId::toString, text -> new RoiFlagId(UUID.fromString(text)));

    /** Days a manager has to decide on a flagged month. */
    static final int DAYS_TO_DECIDE = 14;

    private final Channels channels;
    private final MonthlyCosts costs;
    private final ChannelRevenues revenues;
    private final RoiFlags flags;
    private final ManageWorkItems manageWork;
    private final WorkItems workItems;
    private final UseCase uc;

    public RoiService(Channels channels, MonthlyCosts costs, ChannelRevenues revenues, RoiFlags flags,
                      ManageWorkItems manageWork, WorkItems workItems, UseCase uc) {
        this.channels = channels;
        this.costs = costs;
        this.revenues = revenues;
        this.flags = flags;
        this.manageWork = manageWork;
        this.workItems = workItems;
        this.uc = uc;
    }

    @Override
    public List<ChannelMonthRoi> roi(int year) {
        return uc.read(READ, () -> months(YearMonth.of(year, 1), YearMonth.of(year, 12)));
    }

    @Override
    public List<WithSteps<RoiFlag, RoiFlagStep>> flagged(int year) {
        return uc.read(READ, me -> flags.between(YearMonth.of(year, 1), YearMonth.of(year, 12)).stream()
                .map(flag -> new WithSteps<>(flag, flag.allowedSteps(me)))
                .toList());
    }

    @Override
    public void decide(RoiFlagId id, RoiDecision.Kind kind, String reason, long version) {
        uc.run(MANAGE, me -> {
            var decided = uc.change(MANAGE, FLAG, flags, id, version, AuditAction.UPDATE, (who, flag) ->
                    flag.decide(new RoiDecision(flag.channel(), flag.month(), kind, who.name(), uc.calendar().now(),
                            reason)));
            var item = workItems.byId(decided.workItem());
            if (item.isPresent() && !item.get().status().isClosed()) {
                manageWork.complete(item.get().id(), kind.name() + ": " + reason, item.get().version());
            }
        });
    }

    @Override
    public int raiseFlags(YearMonth from, YearMonth until) {
        return uc.write(RECORD, me -> raise(months(from, until)));
    }

    /** Judges the months just recorded, in the caller's transaction. */
    void judge(Collection<ChannelMonth> touched) {
        if (touched.isEmpty()) {
            return;
        }
        var from = touched.stream().map(ChannelMonth::month).min(Comparator.naturalOrder()).orElseThrow();
        var until = touched.stream().map(ChannelMonth::month).max(Comparator.naturalOrder()).orElseThrow();
        raise(months(from, until).stream()
                .filter(month -> touched.contains(new ChannelMonth(month.channel(), month.month())))
                .toList());
    }

    private int raise(List<ChannelMonthRoi> months) {
        var raised = 0;
        Map<ChannelId, Channel> byId = new HashMap<>();
        for (var month : months) {
            if (month.belowBreakEven() && month.flag().isEmpty()
                    && flags.of(month.channel(), month.month()).isEmpty()) {
                var channel = byId.computeIfAbsent(month.channel(), id -> channels.byId(id).orElseThrow());
                var item = manageWork.register(requestOf(month), draft(channel, month));
                uc.created(FLAG, flags.save(RoiFlag.raise(month.channel(), month.month(), item)));
                raised++;
            }
        }
        return raised;
    }

    private static RequestKey requestOf(ChannelMonthRoi month) {
        return RequestKey.named("roi-flag:" + month.channel() + ":" + month.month());
    }

    private WorkItemDraft draft(Channel channel, ChannelMonthRoi month) {
        var roi = month.roi().orElseThrow();
        var title = "ROI < 1: " + channel.code() + " " + month.month() + " — 停止或优化 / stop or optimize";
        var description = channel.name().chinese() + " / " + channel.name().english() + " " + month.month()
                + ": revenue " + roi.revenue().toPlainString() + ", cost " + roi.cost().toPlainString()
                + ", ROI " + roi.value().map(BigDecimal::toPlainString).orElse("-");
        return new WorkItemDraft(WorkItemKind.TASK, title, description, DUTY_TYPE,
                Optional.of(uc.calendar().today().plusDays(DAYS_TO_DECIDE)));
    }

    private List<ChannelMonthRoi> months(YearMonth from, YearMonth until) {
        Map<ChannelMonth, BigDecimal> costOf = new LinkedHashMap<>();
        for (var total : costs.channelTotals(from, until)) {
            costOf.put(new ChannelMonth(total.channel(), total.month()), total.amount());
        }
        Map<ChannelMonth, BigDecimal> revenueOf = new LinkedHashMap<>();
        for (ChannelRevenue revenue : revenues.between(from, until)) {
            revenueOf.put(new ChannelMonth(revenue.channel(), revenue.month()), revenue.revenue());
        }
        Map<ChannelMonth, RoiFlag> flagOf = new HashMap<>();
        flags.between(from, until).forEach(flag -> flagOf.put(new ChannelMonth(flag.channel(), flag.month()), flag));
        var keys = new LinkedHashSet<ChannelMonth>(costOf.keySet());
        keys.addAll(revenueOf.keySet());
        var result = new ArrayList<ChannelMonthRoi>();
        for (var key : keys) {
            result.add(new ChannelMonthRoi(key.channel(), key.month(), Optional.ofNullable(revenueOf.get(key)),
                    costOf.getOrDefault(key, BigDecimal.ZERO.setScale(2)), Optional.ofNullable(flagOf.get(key))));
        }
        result.sort(Comparator.comparing((ChannelMonthRoi m) -> m.channel().value()).thenComparing(ChannelMonthRoi::month));
        return result;
    }

    private static Map<String, String> snapshot(RoiFlag flag) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("channel", flag.channel().toString());
        fields.put("month", flag.month().toString());
        fields.put("workItem", flag.workItem().toString());
        flag.decision().ifPresent(decision -> {
            fields.put("decision", decision.kind().name());
            fields.put("decidedBy", decision.by());
            fields.put("reason", decision.reason());
        });
        return fields;
    }
}
