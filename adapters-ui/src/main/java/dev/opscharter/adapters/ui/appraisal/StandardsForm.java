package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.appraisal.export.ScorecardTexts;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Indicator;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.appraisal.Unit;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The director's adjustment of the standards: from which quarter (the current one unless chosen
 * otherwise), every part's threshold (the latest version's figures to start from) and the note that
 * says why; below them, which periods the change would re-judge and how ({@link StandardsPreview}).
 * Directions and units are the parts' own and not editable; the domain checks each threshold's range.
 */
final class StandardsForm extends Composite<FormLayout> {

    private final IntegerField fromYear = new IntegerField();
    private final Select<Integer> fromQuarter = new Select<>();
    private final Map<Part, TextField> thresholds = new EnumMap<>(Part.class);
    private final TextArea note = new TextArea();
    private final StandardsPreview preview;
    private final FormErrors errors;

    StandardsForm(AppraisalStandards latest, Period.Quarter current, ScorecardTexts texts) {
        var layout = getContent();
        fromYear.setId("standards-from-year");
        fromYear.setLabel(getTranslation("appraisal.standards.from-year"));
        fromYear.setHelperText(getTranslation("appraisal.standards.from-year.help", Integer.toString(current.year())));
        // no minimum here: the use case says which years may change, in words the director can act on
        fromYear.setMax(Period.MAX_YEAR);
        fromYear.setStepButtonsVisible(true);
        fromYear.setValue(current.year());
        fromYear.setRequiredIndicatorVisible(true);
        fromQuarter.setId("standards-from-quarter");
        fromQuarter.setLabel(getTranslation("appraisal.standards.from-quarter"));
        fromQuarter.setItems(1, 2, 3, 4);
        fromQuarter.setItemLabelGenerator(q -> getTranslation("appraisal.standards.quarter", q));
        // the current quarter, not the year's first: earlier quarters keep their verdicts unless chosen
        fromQuarter.setValue(current.quarter());
        fromQuarter.setHelperText(getTranslation("appraisal.standards.from-quarter.help"));
        layout.add(fromYear, fromQuarter);
        errors = new FormErrors(this).bind("fromYear", fromYear);
        preview = new StandardsPreview(texts);
        for (var indicator : Indicator.values()) {
            var heading = new H4(texts.indicator(indicator));
            layout.add(heading);
            layout.setColspan(heading, 2);
            for (var part : indicator.parts()) {
                var field = new TextField(texts.part(part));
                field.setId("threshold-" + part.name());
                field.setPrefixComponent(new Span(part.direction().symbol()));
                if (part.unit() == Unit.PERCENT) {
                    field.setSuffixComponent(new Span("%"));
                }
                field.setHelperText(getTranslation("appraisal.standards.charter-figure",
                        texts.standard(new Threshold(part.direction(),
                                part.charterThreshold()), part.unit())));
                field.setValue(Decimals.format(latest.thresholds().get(part)));
                thresholds.put(part, field);
                errors.bind(part.name(), field);
                layout.add(field);
            }
        }
        note.setId("standards-note");
        note.setLabel(getTranslation("appraisal.standards.note"));
        note.setHelperText(getTranslation("appraisal.standards.note.help"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(AppraisalStandards.MAX_NOTE);
        layout.add(note, preview);
        layout.setColspan(note, 2);
        layout.setColspan(preview, 2);
        errors.bind("note", note);
        errors.bind("confirm", preview.confirm());
    }

    Period.Quarter from() {
        var year = fromYear.getValue();
        if (year == null) {
            throw new InvalidValue("fromYear", "validation.required");
        }
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new InvalidValue("fromYear", "validation.period.year-range", Period.MIN_YEAR, Period.MAX_YEAR);
        }
        return new Period.Quarter(year, fromQuarter.getValue() == null ? 1 : fromQuarter.getValue());
    }

    /** Runs whenever what the preview depends on changed: the quarter or a threshold. */
    void onChange(Runnable changed) {
        fromYear.addValueChangeListener(e -> changed.run());
        fromQuarter.addValueChangeListener(e -> changed.run());
        thresholds.values().forEach(field -> field.addValueChangeListener(e -> changed.run()));
    }

    StandardsPreview preview() {
        return preview;
    }

    /** Every threshold as typed; a text that is not a number is refused on its field. */
    Map<Part, BigDecimal> thresholds() {
        var typed = new EnumMap<Part, BigDecimal>(Part.class);
        var locale = Formats.locale();
        thresholds.forEach((part, field) -> typed.put(part, Decimals.parse(field.getValue(), part.name(), locale)));
        return typed;
    }

    String note() {
        return note.getValue();
    }

    FormErrors errors() {
        return errors;
    }
}
