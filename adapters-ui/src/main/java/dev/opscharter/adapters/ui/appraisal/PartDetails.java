package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.opscharter.adapters.ui.appraisal.export.ScorecardTexts;
import dev.opscharter.application.appraisal.port.in.RecordFigures;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;

import java.io.ByteArrayInputStream;
import java.util.UUID;

/**
 * The drill-down of one part: its standard and verdict, then every value behind it with where it
 * comes from: the person, time, reason and evidence file of a figure entered by hand, or the records
 * a computed figure was counted from.
 */
final class PartDetails extends Dialog {

    private final ScorecardTexts texts;
    private final RecordFigures figures;

    PartDetails(PartResult result, Period period, ScorecardTexts texts, RecordFigures figures) {
        this.texts = texts;
        this.figures = figures;
        setId("part-details-dialog");
        setHeaderTitle(texts.part(result.part()) + " · " + texts.period(period));
        setWidth("min(52rem, 95vw)");

        var facts = new Div();
        facts.addClassName("details-facts");
        fact(facts, "appraisal.column.standard", texts.standard(result.threshold(), result.part().unit()),
                "part-details-standard");
        fact(facts, "appraisal.column.figure", texts.figureWithCounts(result), "part-details-figure");
        fact(facts, "appraisal.column.status", texts.status(result), "part-details-status");
        if (result.progress().isPresent()) {
            fact(facts, "appraisal.column.progress", texts.progress(result, period), "part-details-progress");
        }
        if (result.part().veto()) {
            fact(facts, "appraisal.veto", getTranslation("appraisal.veto.explained"), "part-details-veto");
        }
        add(facts);

        if (result.values().isEmpty()) {
            var none = new Div(getTranslation("appraisal.details.none"));
            none.setId("part-details-none");
            none.addClassName("muted");
            add(none);
        }
        int index = 0;
        for (var value : result.values()) {
            add(value(value, index++));
        }
        var close = new Button(getTranslation("appraisal.action.close"), e -> close());
        close.setId("part-details-close");
        getFooter().add(close);
    }

    private Component value(PartValue value, int index) {
        var section = new Div();
        section.addClassName("details-value");
        section.setId("part-details-value-" + index);
        section.add(new H4(texts.period(value.period()) + ": " + texts.measurement(value.measurement(),
                value.part())));
        switch (value.provenance()) {
            case Provenance.Manual manual -> {
                var badge = new Span(texts.text("appraisal.provenance.manual"));
                badge.addClassNames("badge", "manual");
                section.add(badge);
                var facts = new Div();
                facts.addClassName("details-facts");
                fact(facts, "appraisal.details.reason", manual.reason(), "part-details-reason-" + index);
                fact(facts, "appraisal.details.entered-by", texts.person(manual.enteredBy()), "part-details-by-" + index);
                fact(facts, "appraisal.details.entered-at", texts.dateTime(manual.enteredAt()),
                        "part-details-at-" + index);
                section.add(facts);
                manual.attachment().ifPresentOrElse(id -> section.add(download(id, index)), () -> {
                    var none = new Span(getTranslation("appraisal.details.no-attachment"));
                    none.addClassName("muted");
                    section.add(none);
                });
            }
            case Provenance.FromRecords records -> {
                var badge = new Span(texts.text("appraisal.provenance.records-line", texts.source(records.source())));
                badge.addClassNames("badge", "records");
                section.add(badge);
                var grid = new Grid<Provenance.Evidence>();
                grid.setId("part-details-evidence-" + index);
                grid.addComponentColumn(PartDetails::record).setHeader(getTranslation("appraisal.column.record"))
                        .setAutoWidth(true).setFlexGrow(0);
                grid.addColumn(texts::evidence).setHeader(getTranslation("appraisal.column.detail"));
                grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
                grid.setAllRowsVisible(records.evidence().size() <= 12);
                grid.setItems(records.evidence());
                grid.setEmptyStateText(getTranslation("appraisal.details.no-records"));
                section.add(grid);
            }
        }
        return section;
    }

    /** The record's label; a link to its own screen where it has one (a campaign's results, never a person). */
    private static Component record(Provenance.Evidence evidence) {
        return evidence.link().<Component>map(link -> new Anchor(link, evidence.label()))
                .orElseGet(() -> new Span(evidence.label()));
    }

    /** The evidence file, fetched when the user clicks, through the use case (which checks their role). */
    private Component download(UUID id, int index) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = figures.attachment(id);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    file.contentType(), file.content().length);
        }), getTranslation("appraisal.details.attachment"));
        link.setId("part-details-attachment-" + index);
        return link;
    }

    private void fact(Div facts, String labelKey, String value, String id) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value);
        text.setId(id);
        text.addClassName("fact-value");
        facts.add(label, text);
    }
}
