package dev.opscharter.application.risks.service;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.RecordRiskFigures;
import dev.opscharter.application.risks.port.out.MetricFigures;
import dev.opscharter.application.risks.port.out.RiskFigures;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.KeyRiskIndicator;
import dev.opscharter.domain.risks.KeyRiskIndicatorId;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskFigure;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Refusal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.opscharter.domain.risks.RisksPermission.RECORD;

/**
 * Key risk indicators' figures and what a breach sets off: the risk's contingency plan registered as a work item of
 * the charter's (a major risk's under "handling of major risks", which the charter reserves for management's
 * sign-off; any other under "identifying operational risks", Operations' own), and the owner told by inbox and
 * mail. Both once per indicator and month: a corrected figure that still breaches raises nothing more. An
 * indicator fed by a metric takes its month from the targets context's actuals ({@link MetricFigures}), on the job's
 * schedule, and no figure by hand.
 */
public final class RiskFigureService implements RecordRiskFigures {

    /** The charter's duty types the contingency plan is routed by. */
    public static final String MAJOR_RISK_DUTY = "MAJOR_RISK_HANDLING";
    public static final String RISK_DUTY = "RISK_IDENTIFICATION";
    public static final String LINK = "risks?risk=";
    static final String FIGURE = "RiskFigure";

    private final Risks risks;
    private final RiskFigures figures;
    private final MetricFigures metricFigures;
    private final ManageWorkItems workItems;
    private final Notifications notifications;
    private final Once once;
    private final UseCase uc;

    public RiskFigureService(Risks risks, RiskFigures figures, MetricFigures metricFigures, ManageWorkItems workItems,
                             Notifications notifications, ProcessedRequests processed, UseCase uc) {
        this.risks = risks;
        this.figures = figures;
        this.metricFigures = metricFigures;
        this.workItems = workItems;
        this.notifications = notifications;
        this.once = new Once(processed);
        this.uc = uc;
    }

    @Override
    public Optional<WorkItemId> record(RiskId id, KeyRiskIndicatorId indicatorId, YearMonth month, BigDecimal value) {
        return uc.write(RECORD, me -> {
            var risk = risks.byId(id).orElseThrow(() -> new NotFound(RiskService.TYPE.entity(), id));
            var indicator = risk.indicator(indicatorId).orElseThrow(() -> new NotFound("KeyRiskIndicator", indicatorId));
            if (risk.status().isResolved()) {
                throw Refusal.of("rule.risks.resolved", risk.status().name()).violation();
            }
            if (indicator.source() instanceof FigureSource.FromMetric) {
                throw Refusal.of("rule.risks.indicator-from-metric", indicator.name()).violation();
            }
            return judge(risk, indicator, month, value, me.name());
        });
    }

    @Override
    public List<WorkItemId> checkMetricIndicators(YearMonth month) {
        return uc.write(RECORD, me -> {
            var raised = new ArrayList<WorkItemId>();
            long total = risks.count(RiskFilter.OPEN);
            for (long offset = 0; offset < total; offset += PageRequest.MAX_LIMIT) {
                for (var risk : risks.page(RiskFilter.OPEN, new PageRequest(offset, PageRequest.MAX_LIMIT))) {
                    for (var indicator : risk.indicators()) {
                        if (indicator.source() instanceof FigureSource.FromMetric(var metric)) {
                            metricFigures.ofMonth(metric, month)
                                    .flatMap(value -> judge(risk, indicator, month, value, me.name()))
                                    .ifPresent(raised::add);
                        }
                    }
                }
            }
            return List.copyOf(raised);
        });
    }

    /** Keeps and audits the figure unless it is the one kept already; a breach raises the plan. */
    private Optional<WorkItemId> judge(Risk risk, KeyRiskIndicator indicator, YearMonth month, BigDecimal value,
                                       String by) {
        var before = figures.of(indicator.id(), month);
        var figure = RiskFigure.of(risk, indicator, month, value, by, uc.calendar().now());
        if (before.filter(kept -> kept.value().compareTo(value) == 0).isPresent()) {
            return figure.breached() ? Optional.of(raisePlan(risk, indicator, figure)) : Optional.empty();
        }
        figures.save(figure);
        uc.audit(FIGURE, indicator.id() + "/" + month, risk.code() + " " + indicator.name() + " " + month,
                before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                before.map(RiskFigureService::snapshot).orElse(Map.of()), snapshot(figure));
        return figure.breached() ? Optional.of(raisePlan(risk, indicator, figure)) : Optional.empty();
    }

    /** The contingency plan's work item and the owner's notice, once per breach of an indicator in a month. */
    private WorkItemId raisePlan(Risk risk, KeyRiskIndicator indicator, RiskFigure figure) {
        var breach = key("Risk.breach", risk.id(), indicator.id(), figure.month());
        return once.create(breach, "Risk.breach", () -> {
            var item = workItems.register(key("Risk.plan", risk.id(), indicator.id(), figure.month()),
                    new WorkItemDraft(WorkItemKind.ACTION, title(risk), describe(risk, indicator, figure),
                            risk.isMajor() ? MAJOR_RISK_DUTY : RISK_DUTY, Optional.empty()));
            notifications.send(new Notification(risk.owner(), "notification.risk.threshold-breached",
                    List.of(risk.code(), risk.title(), indicator.describe(), figure.value().toPlainString(),
                            figure.month().toString()), LINK + risk.id()));
            return item;
        }, WorkItemId::toString, WorkItemId::parse);
    }

    /** A key of its own for each operation of a breach: a key is claimed for one operation only. */
    static RequestKey key(String operation, RiskId risk, KeyRiskIndicatorId indicator, YearMonth month) {
        return RequestKey.named(operation + ":" + risk + ":" + indicator + ":" + month);
    }

    private static String title(Risk risk) {
        var title = "应急预案 / Contingency plan: " + risk.code() + " " + risk.title();
        return title.length() <= WorkItem.MAX_TITLE ? title : title.substring(0, WorkItem.MAX_TITLE - 1) + "…";
    }

    private static String describe(Risk risk, KeyRiskIndicator indicator, RiskFigure figure) {
        var context = "关键风险指标超阈值 / Key risk indicator breached: " + indicator.describe() + ", "
                + figure.value().toPlainString() + " (" + figure.month() + ")";
        return risk.contingencyPlan().isBlank() ? context : risk.contingencyPlan() + "\n\n" + context;
    }

    private static Map<String, String> snapshot(RiskFigure figure) {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("month", figure.month().toString());
        snapshot.put("value", figure.value().toPlainString());
        snapshot.put("breached", Boolean.toString(figure.breached()));
        return snapshot;
    }
}
