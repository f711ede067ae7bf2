package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.adapters.ui.shared.kit.StepActions.StepForm;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.RecordRiskFigures;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.KeyRiskIndicator;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskFigure;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRerating;
import dev.opscharter.domain.risks.RiskStep;
import dev.opscharter.domain.risks.RisksPermission;
import dev.opscharter.domain.targets.Metric;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

/**
 * One risk in full: its rating and level, owner, controls and contingency plan, what waits for the director's
 * sign-off, its key risk indicators with their figures month by month (and entering one), its re-rating history,
 * and exactly the steps the domain gives this user — closing or accepting a major risk as a manager shows that it
 * goes to the director.
 */
final class RiskDetails {

    /** What the details need beyond the risk's own ports. */
    record Context(RiskQueries queries, ManageRisks manage, RecordRiskFigures figures, MyPermissions permissions,
                   RiskTexts texts, Supplier<List<Metric>> metrics) {
    }

    private final Context context;
    private final Facts facts;

    private RiskDetails(Context context, Facts facts) {
        this.context = context;
        this.facts = facts;
    }

    /** @param changed runs after every step, for the list behind the dialog */
    static void open(Context context, RiskId id, Runnable changed) {
        var manage = context.manage();
        var texts = context.texts();
        var steps = new StepActions<Risk, RiskStep>()
                .on(RiskStep.RERATE, "risks.step.rerate", "risk-step-rerate",
                        (owner, r, done) -> new RiskStepForms(owner, manage, texts, done).rerate(r))
                .on(RiskStep.EDIT_PLAN, "risks.step.plan", "risk-step-plan",
                        (owner, r, done) -> new RiskStepForms(owner, manage, texts, done).plan(r))
                .on(RiskStep.ADD_INDICATOR, "risks.step.add-indicator", "risk-step-add-indicator",
                        (owner, r, done) -> new RiskStepForms(owner, manage, texts, done)
                                .addIndicator(r, context.metrics().get()))
                .on(RiskStep.CLOSE, "risks.step.close", "risk-step-close",
                        (owner, r, done) -> new RiskStepForms(owner, manage, texts, done).close(r))
                .on(RiskStep.ACCEPT, "risks.step.accept", "risk-step-accept",
                        (owner, r, done) -> new RiskStepForms(owner, manage, texts, done).accept(r))
                .on(RiskStep.SIGN_OFF, "risks.step.sign-off", "risk-step-sign-off", ButtonVariant.PRIMARY,
                        (owner, r, done) -> new RiskStepForms(owner, manage, texts, done).signOff(r));
        new RecordDialog<>("risk-details", () -> context.queries().risk(id), r -> r.code() + " · " + r.title(),
                (risk, facts) -> new RiskDetails(context, facts).show(risk), steps, changed)
                .history(context.permissions(), "Risk", id).open();
    }

    private void show(Risk risk) {
        var texts = context.texts();
        var status = texts.statusBadge(risk.status());
        status.setId("risk-status");
        facts.item("risks.field.status", status);
        var rating = new Span(texts.rating(risk.rating()) + " ");
        rating.setId("risk-rating");
        rating.add(texts.levelBadge(risk.level()));
        facts.item("risks.field.rating", rating);
        facts.text("risks.field.category", "risk-category", risk.category());
        facts.text("risks.field.owner", "risk-owner", texts.person(risk.owner()));
        facts.text("risks.field.controls", "risk-controls", orNone(risk.controls()));
        facts.text("risks.field.contingency-plan", "risk-plan", orNone(risk.contingencyPlan()));
        risk.awaiting().ifPresent(a -> {
            var waiting = new StatusBadge(texts.t("risks.awaiting.text", texts.status(a.status()), texts.person(a.by()),
                    a.note()), StatusBadge.Tone.WARNING);
            waiting.setId("risk-awaiting");
            facts.item("risks.field.awaiting", waiting);
        });
        risk.resolution().ifPresent(r -> facts.text("risks.field.resolution", "risk-resolution",
                texts.t("risks.resolution.text", texts.status(r.status()), texts.person(r.by()),
                        Formats.dateTime(r.at()), r.note())));
        facts.section(indicators(risk));
        facts.section(history(risk));
    }

    private String orNone(String text) {
        return text.isBlank() ? context.texts().t("risks.none") : text;
    }

    private Component indicators(Risk risk) {
        var texts = context.texts();
        var section = new Div(new H4(texts.t("risks.indicators")));
        section.setId("risk-indicators-section");
        var figures = context.queries().figures(risk.id());
        var grid = new Grid<KeyRiskIndicator>();
        grid.setId("risk-indicators");
        grid.addColumn(KeyRiskIndicator::name).setHeader(texts.t("risks.indicator.name")).setFlexGrow(2);
        grid.addColumn(i -> texts.threshold(i.threshold())).setHeader(texts.t("risks.indicator.threshold"));
        grid.addColumn(i -> texts.source(i.source())).setHeader(texts.t("risks.indicator.source"));
        grid.addComponentColumn(i -> latest(i, figures)).setHeader(texts.t("risks.indicator.latest")).setAutoWidth(true);
        grid.setItems(risk.indicators());
        grid.setAllRowsVisible(true);
        section.add(risk.indicators().isEmpty() ? muted(texts.t("risks.indicators.none")) : grid);
        var entered = risk.indicators().stream().filter(i -> i.source() instanceof FigureSource.Entered).toList();
        if (context.permissions().may(RisksPermission.RECORD) && !entered.isEmpty() && !risk.status().isResolved()) {
            var enter = new Button(texts.t("risks.figure.enter"), e -> new RiskStepForms(facts.dialog(),
                    context.manage(), texts, facts::reload).enterFigure(risk, entered, context.figures(),
                    YearMonth.now(Formats.timeZone())));
            enter.setId("risk-figure-enter");
            section.add(enter);
        }
        if (!figures.isEmpty()) {
            section.add(new H4(texts.t("risks.figures")), figures(risk, figures));
        }
        return section;
    }

    private Component latest(KeyRiskIndicator indicator, List<RiskFigure> figures) {
        var texts = context.texts();
        return figures.stream().filter(f -> f.indicator().equals(indicator.id())).findFirst()
                .<Component>map(f -> new StatusBadge(texts.month(f.month()) + ": " + texts.number(f.value()),
                        f.breached() ? StatusBadge.Tone.ERROR : StatusBadge.Tone.SUCCESS))
                .orElseGet(() -> muted(texts.t("risks.none")));
    }

    private Grid<RiskFigure> figures(Risk risk, List<RiskFigure> figures) {
        var texts = context.texts();
        var grid = new Grid<RiskFigure>();
        grid.setId("risk-figures");
        grid.addColumn(f -> texts.month(f.month())).setHeader(texts.t("risks.figure.month")).setAutoWidth(true);
        grid.addColumn(f -> risk.indicator(f.indicator()).map(KeyRiskIndicator::name).orElse("?"))
                .setHeader(texts.t("risks.figure.indicator"));
        grid.addComponentColumn(f -> new StatusBadge(texts.number(f.value()), f.breached() ? StatusBadge.Tone.ERROR
                : StatusBadge.Tone.NEUTRAL)).setHeader(texts.t("risks.figure.value")).setAutoWidth(true);
        grid.addColumn(f -> texts.t(f.breached() ? "risks.figure.breach" : "risks.figure.within"))
                .setHeader(texts.t("risks.figure.judged"));
        grid.addColumn(f -> texts.person(f.recordedBy()) + " · " + Formats.dateTime(f.recordedAt()))
                .setHeader(texts.t("risks.figure.recorded-by"));
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component history(Risk risk) {
        var texts = context.texts();
        var section = new Div(new H4(texts.t("risks.history")));
        if (risk.history().isEmpty()) {
            section.add(muted(texts.t("risks.history.none")));
            return section;
        }
        var grid = new Grid<RiskRerating>();
        grid.setId("risk-reratings");
        grid.addColumn(r -> Formats.dateTime(r.at())).setHeader(texts.t("risks.history.at")).setAutoWidth(true);
        grid.addColumn(r -> texts.person(r.by())).setHeader(texts.t("risks.history.by")).setAutoWidth(true);
        grid.addColumn(r -> texts.rating(r.before())).setHeader(texts.t("risks.history.before"));
        grid.addColumn(r -> texts.rating(r.after())).setHeader(texts.t("risks.history.after"));
        grid.addColumn(RiskRerating::reason).setHeader(texts.t("risks.field.reason")).setFlexGrow(2);
        grid.setItems(risk.history().reversed());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
