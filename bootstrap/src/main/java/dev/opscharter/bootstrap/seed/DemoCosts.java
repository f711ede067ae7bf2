package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.costs.port.in.ManageBudgets;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.costs.port.in.ManageCosts.CostDraft;
import dev.opscharter.application.costs.port.in.RoiDecisions;
import dev.opscharter.application.costs.port.out.BudgetChanges;
import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.costs.port.out.RoiFlags;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.RoiDecision;
import dev.opscharter.domain.shared.BilingualName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Demo mode: a year of operating costs — the twelve months before the current one — for five channels
 * and every cost type, the revenue each channel brought in, and this year's budgets. Search ads return
 * less than they cost in the last two months: the earlier month is decided (optimize), the latest waits
 * for the manager's decision as a work item. Promotion has spent beyond its budget; a raise of the
 * technology budget waits for Finance's sign-off. The figures follow a fixed formula: the same on every
 * start. Runs after the work items and figures of {@link DemoWorkAndFigures}, which seeds only while no
 * work item exists, and only while no channel exists.
 */
@Component
@Order(6)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoCosts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCosts.class);

    /** A channel: its monthly promotion spend and the revenue it returns per unit of cost. */
    record Plan(String code, String zh, String en, int promotion, String returns) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan("TMALL", "天猫旗舰店", "Tmall flagship store", 80_000, "3.20"),
            new Plan("JD", "京东自营", "JD self-operated", 60_000, "2.60"),
            new Plan("DOUYIN", "抖音直播", "Douyin live streaming", 50_000, "1.80"),
            new Plan("SEARCH", "搜索广告", "Search ads", 40_000, "1.30"),
            new Plan("TRADE_SHOW", "行业展会", "Trade shows", 30_000, "2.10"));
    /** The channel that falls below break-even in the last two months, at this return. */
    static final String BELOW = "SEARCH";
    private static final BigDecimal BELOW_RETURNS = new BigDecimal("0.85");
    /** Monthly costs of no channel. */
    private static final Map<CostType, Integer> SHARED = Map.of(CostType.LABOUR, 210_000,
            CostType.LOGISTICS, 65_000, CostType.TECHNOLOGY, 28_000, CostType.OTHER, 9_000);

    private final ManageCosts costs;
    private final RoiDecisions decisions;
    private final ManageBudgets budgets;
    private final ManageWorkItems manageWork;
    private final Channels channels;
    private final RoiFlags flags;
    private final BudgetChanges budgetChanges;
    private final WorkItems workItems;
    private final SettingsStore settings;
    private final Clock clock;

    DemoCosts(ManageCosts costs, RoiDecisions decisions, ManageBudgets budgets, ManageWorkItems manageWork,
              Channels channels, RoiFlags flags, BudgetChanges budgetChanges, WorkItems workItems,
              SettingsStore settings, Clock clock) {
        this.costs = costs;
        this.decisions = decisions;
        this.budgets = budgets;
        this.manageWork = manageWork;
        this.channels = channels;
        this.flags = flags;
        this.budgetChanges = budgetChanges;
        this.workItems = workItems;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!channels.all().isEmpty()) {
            return;
        }
        var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
        var last = YearMonth.from(today).minusMonths(1);
        var ids = new LinkedHashMap<String, ChannelId>();
        SystemTasks.asUser("manager", () -> PLANS.forEach(plan -> ids.put(plan.code(),
                costs.createChannel(RequestKey.fresh(), plan.code(), new BilingualName(plan.zh(), plan.en())))));
        var spent = new EnumMap<CostType, BigDecimal>(CostType.class);
        SystemTasks.asUser("specialist", () -> {
            for (var month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
                record(month, last, ids, today.getYear(), spent);
            }
        });
        SystemTasks.asUser("manager", () -> decideEarlier(ids.get(BELOW), last.minusMonths(1)));
        seedBudgets(today.getYear(), spent);
        log.info("Demo costs seeded: {} channels, {} to {}; {} below break-even", PLANS.size(), last.minusMonths(11),
                last, BELOW);
    }

    private void record(YearMonth month, YearMonth last, Map<String, ChannelId> ids, int year,
                        Map<CostType, BigDecimal> spent) {
        var season = BigDecimal.ONE.add(BigDecimal.valueOf((month.getMonthValue() % 4) * 5L, 2));
        for (var plan : PLANS) {
            var channel = ids.get(plan.code());
            var promotion = money(BigDecimal.valueOf(plan.promotion()).multiply(season));
            var materials = money(promotion.multiply(new BigDecimal("0.12")));
            cost(month, CostType.PROMOTION, Optional.of(channel), promotion, year, spent);
            cost(month, CostType.MATERIALS, Optional.of(channel), materials, year, spent);
            var returns = plan.code().equals(BELOW) && month.isAfter(last.minusMonths(2))
                    ? BELOW_RETURNS : new BigDecimal(plan.returns());
            costs.recordRevenue(RequestKey.fresh(), channel, month, money(promotion.add(materials).multiply(returns)));
        }
        SHARED.forEach((type, amount) -> cost(month, type, Optional.empty(),
                money(BigDecimal.valueOf(amount).multiply(season)), year, spent));
    }

    private void cost(YearMonth month, CostType type, Optional<ChannelId> channel, BigDecimal amount, int year,
                      Map<CostType, BigDecimal> spent) {
        costs.recordCost(RequestKey.fresh(), new CostDraft(month, type, channel, amount, ""));
        if (month.getYear() == year) {
            spent.merge(type, amount, BigDecimal::add);
        }
    }

    private void decideEarlier(ChannelId channel, YearMonth month) {
        flags.of(channel, month).ifPresent(flag -> decisions.decide(flag.id(), RoiDecision.Kind.OPTIMIZE,
                "关键词降本、提高转化落地页 / Cheaper keywords and a better landing page", flag.version()));
    }

    /**
     * Each type's budget is this year's spending so far with room to spare, but promotion's is below what
     * it has spent; all signed off by Finance's lead, and a raise of technology's left waiting.
     */
    private void seedBudgets(int year, Map<CostType, BigDecimal> spent) {
        for (var type : CostType.values()) {
            var sofar = spent.getOrDefault(type, BigDecimal.ZERO);
            var factor = type == CostType.PROMOTION ? "0.95" : "1.25";
            var amount = sofar.multiply(new BigDecimal(factor)).setScale(-3, RoundingMode.HALF_UP).setScale(2)
                    .max(new BigDecimal("10000.00"));
            approve(request(year, type, amount, year + " 年度预算 / Budget " + year));
        }
        var technology = spent.getOrDefault(CostType.TECHNOLOGY, BigDecimal.ZERO)
                .multiply(new BigDecimal("1.60")).setScale(-3, RoundingMode.HALF_UP).setScale(2);
        var pending = request(year, CostType.TECHNOLOGY, technology.max(new BigDecimal("20000.00")),
                "引入 CRM 系统订阅 / CRM subscription");
        SystemTasks.asUser("manager", () -> manageWork.requestSignOff(pending, version(pending)));
    }

    private WorkItemId request(int year, CostType type, BigDecimal amount,
                                                             String reason) {
        var change = new AtomicReference<WorkItemId>();
        SystemTasks.asUser("manager", () -> {
            var id = budgets.request(RequestKey.fresh(), year, type, amount, reason);
            change.set(budgetChanges.byId(id).orElseThrow().workItem());
        });
        return change.get();
    }

    private void approve(WorkItemId item) {
        SystemTasks.asUser("manager", () -> manageWork.requestSignOff(item, version(item)));
        SystemTasks.asUser("finance.lead", () -> manageWork.decideSignOff(item, true,
                "财务审核通过 / Reviewed by Finance", version(item)));
    }

    private long version(WorkItemId item) {
        return workItems.byId(item).orElseThrow().version();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
