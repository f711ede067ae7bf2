package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.application.costs.port.in.RoiDecisions;
import dev.opscharter.application.costs.port.in.RoiDecisions.ChannelMonthRoi;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.costs.Roi;
import dev.opscharter.domain.costs.RoiDecision;
import dev.opscharter.domain.costs.RoiFlag;
import dev.opscharter.domain.costs.RoiFlagStep;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * The ROI by channel chart for the year and, below it, the flagged months: each with its decision
 * (stop or optimize, who, why) or "decision needed" and, for those who may decide, the button that
 * records it and finishes the flag's work item.
 */
final class RoiPanel extends Composite<VerticalLayout> {

    private final RoiDecisions decisions;
    private final CostsTexts texts;
    private final IntSupplier year;
    private final Grid<WithSteps<RoiFlag, RoiFlagStep>> flagged = new Grid<>();
    private List<ChannelMonthRoi> months = List.of();

    RoiPanel(RoiDecisions decisions, MyPermissions permissions, CostsTexts texts, IntSupplier year) {
        this.decisions = decisions;
        this.texts = texts;
        this.year = year;
        flagged.setId("roi-flags");
        flagged.setAllRowsVisible(true);
        flagged.addColumn(f -> texts.channel(f.record().channel())).setHeader(texts.t("costs.channel")).setFlexGrow(2);
        flagged.addColumn(f -> texts.month(f.record().month())).setHeader(texts.t("costs.month")).setAutoWidth(true);
        flagged.addColumn(f -> roiOf(f.record())).setHeader(texts.t("costs.roi")).setAutoWidth(true);
        flagged.addComponentColumn(this::decision).setHeader(texts.t("costs.roi.decision")).setFlexGrow(3);
        getContent().setPadding(false);
    }

    void refresh() {
        months = decisions.roi(year.getAsInt());
        var flags = decisions.flagged(year.getAsInt());
        flagged.setItems(flags);
        var title = new H3(texts.t("costs.roi.flagged"));
        var none = new Span(texts.t("costs.roi.flagged.none"));
        none.setId("roi-flags-none");
        none.addClassName("muted");
        getContent().removeAll();
        getContent().add(new RoiChart(year.getAsInt(), months, texts), title, flags.isEmpty() ? none : flagged);
    }

    private String roiOf(RoiFlag flag) {
        return months.stream().filter(m -> m.channel().equals(flag.channel()) && m.month().equals(flag.month()))
                .findFirst().flatMap(ChannelMonthRoi::roi).flatMap(Roi::value).map(texts::ratio).orElse("—");
    }

    private Component decision(WithSteps<RoiFlag, RoiFlagStep> flag) {
        var made = flag.record().decision();
        if (made.isPresent()) {
            var decision = made.get();
            var badge = new StatusBadge(texts.t("costs.roi.kind." + decision.kind().name()),
                    decision.kind() == RoiDecision.Kind.STOP ? StatusBadge.Tone.NEUTRAL : StatusBadge.Tone.SUCCESS);
            var why = new Span(" " + texts.t("costs.roi.decided-by", texts.person(decision.by()), decision.reason()));
            return new Span(badge, why);
        }
        var needed = new StatusBadge(texts.t("costs.roi.decision-needed"), StatusBadge.Tone.WARNING);
        if (flag.step(RoiFlagStep.DECIDE).isEmpty()) {
            return needed;
        }
        var decide = new Button(texts.t("costs.roi.decide"), e -> openDecision(flag.record()));
        decide.setId("roi-decide-" + flag.record().channel() + "-" + flag.record().month());
        decide.addClassName("roi-decide");
        decide.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        return new Span(needed, decide);
    }

    private void openDecision(RoiFlag flag) {
        var form = new FormLayout();
        var kind = new RadioButtonGroup<RoiDecision.Kind>(texts.t("costs.roi.decision"));
        kind.setId("roi-decision-kind");
        kind.setItems(RoiDecision.Kind.values());
        kind.setItemLabelGenerator(k -> texts.t("costs.roi.kind." + k.name()));
        var reason = new TextArea(texts.t("costs.roi.reason"));
        reason.setId("roi-decision-reason");
        reason.setMaxLength(RoiDecision.MAX_REASON);
        form.add(kind, reason);
        var errors = new FormErrors(form).bind("kind", kind).bind("reason", reason);
        new FormDialog(texts.t("costs.roi.decide.title", texts.channel(flag.channel()), texts.month(flag.month())),
                texts.t("costs.roi.decide"), "roi-decision", form,
                () -> Attempt.run(form, errors, "costs.roi.decided",
                        () -> decisions.decide(flag.id(), kind.getValue(), reason.getValue(), flag.version()),
                        this::refresh)).open();
    }
}
