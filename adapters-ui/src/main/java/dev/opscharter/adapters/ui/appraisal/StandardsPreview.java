package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import dev.opscharter.adapters.ui.appraisal.export.ScorecardTexts;
import dev.opscharter.domain.appraisal.StandardsImpact;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an adjustment would re-judge, shown in the form before it is saved: each period whose verdict
 * on a part changes (the figure, the standard and verdict before → after), and the approved periods,
 * which keep theirs. When verdicts change, saving waits until the director ticks that they checked
 * them; a preview that changes afterwards (another quarter, another threshold) needs ticking again.
 */
final class StandardsPreview extends Div {

    private final ScorecardTexts texts;
    private final Paragraph summary = new Paragraph();
    private final Div periods = new Div();
    private final Paragraph kept = new Paragraph();
    private final Checkbox confirm = new Checkbox();
    private @Nullable StandardsImpact shown;

    StandardsPreview(ScorecardTexts texts) {
        this.texts = texts;
        setId("standards-preview");
        addClassName("standards-preview");
        summary.setId("standards-preview-summary");
        periods.setId("standards-preview-periods");
        kept.setId("standards-preview-kept");
        confirm.setId("standards-confirm");
        confirm.setLabel(getTranslation("appraisal.standards.preview.confirm"));
        confirm.addValueChangeListener(e -> confirm.setInvalid(false));
        add(new H4(getTranslation("appraisal.standards.preview.title")), summary, periods, kept, confirm);
        unavailable();
    }

    void show(StandardsImpact impact) {
        if (shown == null || !shown.rejudgedPeriods().equals(impact.rejudgedPeriods())) {
            confirm.setValue(false);
        }
        shown = impact;
        summary.setText(impact.changesVerdicts()
                ? getTranslation("appraisal.standards.preview.changes", impact.rejudged().size())
                : getTranslation("appraisal.standards.preview.no-change"));
        periods.removeAll();
        impact.rejudged().forEach(rejudged -> {
            var line = new Paragraph(getTranslation("appraisal.standards.preview.period", texts.period(rejudged.period()),
                    Integer.toString(rejudged.currentVersion()), rejudged.parts().stream().map(this::change)
                            .collect(Collectors.joining(getTranslation("appraisal.list-separator")))));
            line.setId("standards-preview-" + rejudged.period().key());
            line.addClassName("rejudged");
            periods.add(line);
        });
        kept.setText(impact.approvedKept().isEmpty() ? "" : getTranslation("appraisal.standards.preview.kept",
                impact.approvedKept().stream().map(texts::period)
                        .collect(Collectors.joining(getTranslation("appraisal.list-separator")))));
        kept.setVisible(!impact.approvedKept().isEmpty());
        confirm.setVisible(impact.changesVerdicts());
    }

    /** The quarter or a threshold cannot be judged yet (empty, not a number): nothing to show. */
    void unavailable() {
        shown = null;
        summary.setText(getTranslation("appraisal.standards.preview.unavailable"));
        periods.removeAll();
        kept.setVisible(false);
        confirm.setVisible(false);
        confirm.setValue(false);
    }

    /** The periods the director confirmed re-judging; refused on the checkbox until ticked. */
    List<Period> confirmedRejudging() {
        if (shown == null) {
            return List.of();
        }
        if (shown.changesVerdicts() && !confirm.getValue()) {
            throw new InvalidValue("confirm", "validation.standards.confirm-rejudging");
        }
        return shown.rejudgedPeriods();
    }

    Checkbox confirm() {
        return confirm;
    }

    private String change(StandardsImpact.PartChange change) {
        var unit = change.part().unit();
        return getTranslation("appraisal.standards.preview.part", texts.part(change.part()),
                change.figure().map(f -> texts.figure(f, change.part()))
                        .orElseGet(() -> getTranslation("appraisal.standards.preview.no-figure")),
                texts.standard(change.before(), unit), texts.status(change.was()),
                texts.standard(change.after(), unit), texts.status(change.becomes()));
    }
}
