package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.ManageRisks.NewIndicator;
import dev.opscharter.application.risks.port.in.RecordRiskFigures;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.KeyRiskIndicator;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskRerating;
import dev.opscharter.domain.risks.RiskThreshold;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.Metric;

import java.time.YearMonth;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The steps of a risk that need input first — a new rating with its reason, the plan, an indicator, a note, the
 * director's decision — and entering an indicator's figure: a short form, then the use case, whose refusals come
 * back at the fields or as messages. {@code done} runs after every attempt, so the dialog shows the risk as it is.
 */
final class RiskStepForms {

    private final Component screen;
    private final ManageRisks manage;
    private final RiskTexts texts;
    private final Runnable done;

    RiskStepForms(Component screen, ManageRisks manage, RiskTexts texts, Runnable done) {
        this.screen = screen;
        this.manage = manage;
        this.texts = texts;
        this.done = done;
    }

    void rerate(Risk risk) {
        var rating = new RatingFields("risk-rerate", texts, risk.rating());
        var reason = StepActions.note(screen, "risk-rerate-reason", "risks.field.reason", true,
                RiskRerating.MAX_REASON);
        var errors = rating.bind(new FormErrors(screen)).bind("reason", reason);
        open("risks.step.rerate", "risk-rerate", new FormLayout(rating.likelihood, rating.impact, rating.score, reason),
                () -> attempt(errors, "risks.rerated",
                        () -> manage.rerate(risk.id(), rating.value(), reason.getValue(), risk.version())));
    }

    void plan(Risk risk) {
        var controls = new TextArea();
        RiskForm.area(controls, "risk-plan-controls", texts.t("risks.field.controls"));
        controls.setValue(risk.controls());
        var plan = new TextArea();
        RiskForm.area(plan, "risk-plan-contingency", texts.t("risks.field.contingency-plan"));
        plan.setValue(risk.contingencyPlan());
        var errors = new FormErrors(screen).bind("controls", controls).bind("contingencyPlan", plan);
        open("risks.step.plan", "risk-plan", new FormLayout(controls, plan), () -> attempt(errors, "risks.planned",
                () -> manage.plan(risk.id(), controls.getValue(), plan.getValue(), risk.version())));
    }

    /** @param metrics the metrics an indicator may take its figure from */
    void addIndicator(Risk risk, List<Metric> metrics) {
        var name = new TextField();
        RiskForm.text(name, "risk-indicator-name", texts.t("risks.indicator.name"), KeyRiskIndicator.MAX_NAME);
        var side = new Select<RiskThreshold.Side>();
        side.setId("risk-indicator-side");
        side.setLabel(texts.t("risks.indicator.side"));
        side.setItems(RiskThreshold.Side.values());
        side.setItemLabelGenerator(s -> texts.t("risks.indicator.side." + s.name()));
        side.setValue(RiskThreshold.Side.ABOVE);
        var limit = new BigDecimalField(texts.t("risks.indicator.limit"));
        limit.setId("risk-indicator-limit");
        limit.setRequiredIndicatorVisible(true);
        var metric = new ComboBox<Metric>(texts.t("risks.indicator.metric"));
        metric.setId("risk-indicator-metric");
        metric.setItems(metrics);
        metric.setItemLabelGenerator(m -> m.code() + " · " + (texts.chinese() ? m.name().chinese() : m.name().english()));
        metric.setHelperText(texts.t("risks.indicator.metric.help"));
        metric.setClearButtonVisible(true);
        var errors = new FormErrors(screen).bind("name", name).bind("limit", limit);
        open("risks.step.add-indicator", "risk-indicator", new FormLayout(name, side, limit, metric),
                () -> attempt(errors, "risks.indicator.added", () -> {
                    var threshold = new RiskThreshold(side.getValue(), limit.getValue());
                    FigureSource source = metric.getOptionalValue().<FigureSource>map(m ->
                            new FigureSource.FromMetric(m.id())).orElseGet(FigureSource::entered);
                    manage.addIndicator(risk.id(), new NewIndicator(name.getValue(), threshold, source),
                            risk.version());
                }));
    }

    void close(Risk risk) {
        resolve(risk, "risks.step.close", "risk-close", "risks.closed",
                note -> manage.close(risk.id(), note, risk.version()));
    }

    void accept(Risk risk) {
        resolve(risk, "risks.step.accept", "risk-accept", "risks.accepted",
                note -> manage.accept(risk.id(), note, risk.version()));
    }

    private void resolve(Risk risk, String titleKey, String id, String successKey,
                         java.util.function.Consumer<String> useCase) {
        var note = StepActions.note(screen, id + "-note", "risks.field.note", true, Risk.MAX_TEXT);
        if (risk.isMajor()) {
            note.setHelperText(texts.t("risks.major.sign-off-help"));
        }
        var errors = new FormErrors(screen).bind("note", note);
        open(titleKey, id, new FormLayout(note), () -> attempt(errors, successKey, () -> useCase.accept(note.getValue())));
    }

    void signOff(Risk risk) {
        var decision = new RadioButtonGroup<Boolean>(texts.t("risks.sign-off.decision"));
        decision.setId("risk-sign-off-decision");
        decision.setItems(true, false);
        decision.setItemLabelGenerator(approve -> texts.t(approve ? "risks.sign-off.approve" : "risks.sign-off.refuse"));
        decision.setValue(true);
        var comment = StepActions.note(screen, "risk-sign-off-comment", "risks.field.comment", true, Risk.MAX_TEXT);
        var waiting = risk.awaiting().map(a -> texts.t("risks.awaiting.text", texts.status(a.status()),
                texts.person(a.by()), a.note())).orElse("");
        comment.setHelperText(waiting);
        var errors = new FormErrors(screen).bind("comment", comment).bind("note", comment);
        open("risks.step.sign-off", "risk-sign-off", new FormLayout(decision, comment),
                () -> attempt(errors, "risks.signed-off", () -> manage.signOff(risk.id(),
                        Boolean.TRUE.equals(decision.getValue()), comment.getValue(), risk.version())));
    }

    /** A month's figure of an indicator typed in: a breach raises the contingency plan, which the user is told. */
    void enterFigure(Risk risk, List<KeyRiskIndicator> entered, RecordRiskFigures figures, YearMonth current) {
        var indicator = new ComboBox<KeyRiskIndicator>(texts.t("risks.figure.indicator"));
        indicator.setId("risk-figure-indicator");
        indicator.setItems(entered);
        indicator.setItemLabelGenerator(texts::indicator);
        if (entered.size() == 1) {
            indicator.setValue(entered.getFirst());
        }
        var month = new ComboBox<YearMonth>(texts.t("risks.figure.month"));
        month.setId("risk-figure-month");
        month.setItems(IntStream.range(0, 13).mapToObj(current::minusMonths).toList());
        month.setItemLabelGenerator(texts::month);
        month.setValue(current);
        var value = new BigDecimalField(texts.t("risks.figure.value"));
        value.setId("risk-figure-value");
        var errors = new FormErrors(screen).bind("indicator", indicator).bind("month", month).bind("value", value);
        open("risks.figure.enter", "risk-figure", new FormLayout(indicator, month, value), () -> {
            var raised = new boolean[1];
            boolean saved = errors.run(() -> {
                var chosen = indicator.getOptionalValue()
                        .orElseThrow(() -> new InvalidValue("indicator", "validation.required"));
                var when = month.getOptionalValue().orElseThrow(() -> new InvalidValue("month", "validation.required"));
                var figure = value.getOptionalValue().orElseThrow(() -> new InvalidValue("value", "validation.required"));
                raised[0] = figures.record(risk.id(), chosen.id(), when, figure).isPresent();
            });
            if (saved) {
                FormErrors.success(screen, texts.t(raised[0] ? "risks.figure.breached" : "risks.figure.recorded"));
            }
            done.run();
            return saved;
        });
    }

    private void open(String titleKey, String id, FormLayout form, BooleanSupplier action) {
        form.setWidth("min(560px, 90vw)");
        new FormDialog(texts.t(titleKey), texts.t("action.save"), id, form, action).open();
    }

    private boolean attempt(FormErrors errors, String successKey, Runnable useCase) {
        return Attempt.run(screen, errors, successKey, useCase, done);
    }
}
