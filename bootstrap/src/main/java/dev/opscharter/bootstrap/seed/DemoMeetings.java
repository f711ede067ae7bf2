package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.collaboration.port.in.ManageMeetings;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.organization.DepartmentCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo mode: the default series' meetings of the last weeks — four weekly meetings with Sales and Marketing, the
 * last two monthly ones with Finance — with agenda, minutes, decisions and action items, then each series' next
 * meeting as the schedule makes it, carrying the items still open. Items for another department are redirected by
 * the charter (IT's finished by its lead, HR's and the frontline's still open); Operations' own are partly done; the
 * budget change Finance signs off. Run by {@link DemoCollaboration} as the specialist who takes the minutes.
 * <p>A meeting in the past is one the schedule never makes now: it is stored through the port, as the schedule would
 * have made it then (the previous meeting's open items carried in); what happens in it goes through the use cases.
 */
@Component
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoMeetings {

    /** Who finishes an item before the next meeting; open ones are carried. */
    enum Finish { OPEN, OPERATIONS, OWNING_LEAD, FINANCE_SIGN_OFF }

    record Item(String owner, String title, int dueInDays, String dutyType, Finish finish) {
    }

    record Held(String point, String minutes, List<String> decisions, List<Item> items) {
    }

    /** The demo users who lead the departments that finish redirected items. */
    private static final Map<String, String> LEADS = Map.of("IT", "it.lead", "FINANCE", "finance.lead",
            "SALES", "sales.lead");

    static final List<Held> WEEKLY = List.of(
            new Held("年末大促备货与流量计划 / Year-end promotion: stock and traffic plan",
                    "销售确认大客户套餐，市场确认主会场与投放节奏；运营汇总指标口径。 / Sales confirmed the key-account "
                            + "bundles, Marketing the main page and the paid traffic; Operations set the metrics.",
                    List.of("大促主会场提前一周上线预热 / The main page goes live a week early",
                            "每日 18:00 同步大促指标 / Promotion figures shared daily at 18:00"),
                    List.of(new Item("IT", "订单系统增加促销价校验 / Order system checks promotion prices", 10,
                                    "SYSTEM_DEVELOPMENT", Finish.OWNING_LEAD),
                            new Item("OPERATIONS", "每日大促指标看板 / A daily promotion metrics board", 4,
                                    "METRICS_MONITORING", Finish.OPERATIONS))),
            new Held("客服人力与退货流程 / Service staffing and the returns process",
                    "客服预计大促咨询量翻倍；退货审批环节过多。 / Customer Service expects twice the enquiries; "
                            + "returns pass too many approvals.",
                    List.of("临时客服由人力资源部统一招聘 / HR hires the temporary agents"),
                    List.of(new Item("HR", "招聘 6 名大促临时客服 / Hire six temporary service agents", 12,
                                    "RECRUITING", Finish.OPEN),
                            new Item("OPERATIONS", "退货流程简化方案 / A leaner returns process", 21,
                                    "PROCESS_OPTIMIZATION", Finish.OPEN))),
            new Held("履约产能与一线排班 / Fulfilment capacity and the frontline rota",
                    "华东仓产能按峰值 1.5 倍准备；一线排班由一线业务负责。 / The East China warehouse prepares for "
                            + "1.5 × the peak; the frontline draws up its own rota.",
                    List.of("启用第二仓分流华南订单 / The second warehouse takes South China's orders"),
                    List.of(new Item("FRONTLINE", "大促一线履约排班 / The frontline fulfilment rota", 9,
                                    "BUSINESS_EXECUTION", Finish.OPEN),
                            new Item("OPERATIONS", "第二仓分流规则上线 / Routing rules for the second warehouse", 3,
                                    "PROCESS_SYSTEM", Finish.OPERATIONS))),
            new Held("大客户需求对齐 / Key accounts' needs",
                    "销售与客服对一家大客户的上门安装承诺理解不一致，按冲突预案处理。 / Sales and Customer Service read a "
                            + "key account's installation promise differently: settled by the standing plan.",
                    List.of("大客户服务承诺以书面需求为准 / A key account's written request sets the promise"),
                    List.of(new Item("SALES", "大客户需求确认单模板 / A template for key accounts' written needs", 14,
                            "CROSS_DEPARTMENT_COORDINATION", Finish.OPEN))));

    static final List<Held> MONTHLY = List.of(
            new Held("明年推广预算调整 / Next year's promotion budget change",
                    "推广费拟增 8%，需财务审核；上月仓储费用已核对。 / Promotion spend to rise 8 %, for Finance to "
                            + "review; last month's warehouse costs reconciled.",
                    List.of("预算调整提交财务负责人审批 / The budget change goes to Finance's lead"),
                    List.of(new Item("OPERATIONS", "推广预算调整提交审核 / Submit the promotion budget change",
                                    7, "BUDGET_APPROVAL", Finish.FINANCE_SIGN_OFF),
                            new Item("OPERATIONS", "核对仓储费用分摊 / Reconcile the warehouse cost allocation", 10,
                                    "METRICS_MONITORING", Finish.OPERATIONS))),
            new Held("物流成本核算口径 / How logistics costs are accounted",
                    "财务按面积、运营按订单量分摊仓储费用，口径不一致，登记为部门冲突。 / Finance allocates warehouse "
                            + "costs by floor space, Operations by orders: recorded as a conflict.",
                    List.of("两种口径测算后下次例会定稿 / Both bases are costed and settled next month"),
                    List.of(new Item("FINANCE", "按线路提供物流成本明细 / Logistics costs by route", 20,
                            "CROSS_DEPARTMENT_COORDINATION", Finish.OPEN))));

    private final ManageMeetings manage;
    private final MeetingQueries queries;
    private final Meetings stored;
    private final ManageWorkItems workItems;
    private final WorkItems items;

    DemoMeetings(ManageMeetings manage, MeetingQueries queries, Meetings stored, ManageWorkItems workItems,
                 WorkItems items) {
        this.manage = manage;
        this.queries = queries;
        this.stored = stored;
        this.workItems = workItems;
        this.items = items;
    }

    /** The default series, as {@code MeetingSeries.defaults()} names them. */
    static List<MeetingSeries> defaults(List<MeetingSeries> all) {
        var titles = MeetingSeries.defaults().stream().map(MeetingSeries::title).toList();
        return all.stream().filter(s -> s.active() && titles.contains(s.title())).toList();
    }

    /** Run as the specialist: each default series' meetings before {@code now}, then its next one. */
    void seed(Instant now, ZoneId zone) {
        for (var series : defaults(queries.series())) {
            var script = series.recurrence() instanceof Recurrence.Weekly ? WEEKLY : MONTHLY;
            var held = occurrences(series, script.size(), now, zone);
            for (int i = 0; i < held.size(); i++) {
                hold(series, held.get(i), script.get(i), i == held.size() - 1, zone);
            }
            SystemTasks.asUser("manager", () -> manage.scheduleNext(series.id()).ifPresent(next -> manage.addToAgenda(
                    next, "上次例会遗留事项跟进 / The open items of the last meeting", version(next))));
        }
    }

    /** The series' last {@code count} occurrences before now, oldest first. */
    static List<Instant> occurrences(MeetingSeries series, int count, Instant now, ZoneId zone) {
        var all = new ArrayList<Instant>();
        for (var at = series.recurrence().nextAfter(now.minus(Duration.ofDays(40L * count)), zone); at.isBefore(now);
             at = series.recurrence().nextAfter(at, zone)) {
            all.add(at);
        }
        return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    /** One meeting held: made as the schedule made it then, minuted, its items added; the last is left open. */
    private void hold(MeetingSeries series, Instant at, Held script, boolean last, ZoneId zone) {
        var meeting = stored.save(Meeting.schedule(series, at, stored.latestOf(series.id()), this::isOpen)).id();
        manage.addToAgenda(meeting, script.point(), version(meeting));
        manage.recordMinutes(meeting, script.minutes(), script.decisions(), version(meeting));
        var day = LocalDate.ofInstant(at, zone);
        for (var item : script.items()) {
            var id = manage.addActionItem(RequestKey.fresh(), meeting, new NewActionItem(new DepartmentCode(item.owner()),
                    item.title(), day.plusDays(item.dueInDays()), item.dutyType()), version(meeting));
            finish(id, item);
        }
        if (!last) {
            manage.close(meeting, version(meeting));
        }
    }

    /** What happened to the item before the next meeting. */
    private void finish(WorkItemId id, Item item) {
        switch (item.finish()) {
            case OPEN -> {
            }
            case OPERATIONS -> SystemTasks.asUser("manager", () -> workItems.complete(id,
                    "已完成并在例会通报 / Done, reported at the meeting", workItemVersion(id)));
            case OWNING_LEAD -> SystemTasks.asUser(LEADS.get(item.owner()), () -> workItems.complete(id,
                    "已上线 / Live", workItemVersion(id)));
            case FINANCE_SIGN_OFF -> {
                SystemTasks.asUser("manager", () -> workItems.requestSignOff(id, workItemVersion(id)));
                SystemTasks.asUser("finance.lead", () -> workItems.decideSignOff(id, true,
                        "同意，按季度复核投放 ROI / Approved; ROI reviewed quarterly", workItemVersion(id)));
            }
        }
    }

    private boolean isOpen(WorkItemId id) {
        return items.byId(id).map(item -> !item.status().isClosed()).orElse(false);
    }

    private long workItemVersion(WorkItemId id) {
        return items.byId(id).orElseThrow().version();
    }

    private long version(MeetingId meeting) {
        return queries.meeting(meeting).record().version();
    }
}
