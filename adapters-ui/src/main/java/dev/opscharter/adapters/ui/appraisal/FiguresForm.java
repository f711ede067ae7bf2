package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dev.opscharter.adapters.ui.appraisal.export.ScorecardTexts;
import dev.opscharter.adapters.ui.shared.BoundedUpload;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.kit.EvidenceUpload;
import dev.opscharter.adapters.ui.shared.kit.FileLink;
import dev.opscharter.application.appraisal.port.in.FigureSheet;
import dev.opscharter.application.appraisal.port.in.RecordFigures;
import dev.opscharter.application.appraisal.port.in.RecordFigures.FigureLine;
import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.appraisal.ScorecardReport;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.Unit;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A period's figures on one screen instead of one dialog per part: a field per part that takes a
 * hand-entered figure, showing what is entered now, and one reason and evidence file for what is
 * saved together. Only the fields that were changed are entered; all of them, or none.
 */
final class FiguresForm extends Composite<Div> {

    private final Map<Part, TextField> fields = new EnumMap<>(Part.class);
    private final Map<Part, Optional<ManualEntry>> entered = new EnumMap<>(Part.class);
    private final TextArea reason = new TextArea();
    private final FormErrors errors;
    private @Nullable UUID attachment;

    FiguresForm(ScorecardReport report, ScorecardQueries scorecards, RecordFigures figures, FigureSheet sheet,
                ScorecardTexts texts) {
        var period = report.scorecard().period();
        var grid = new Div();
        grid.addClassName("figures-grid");
        grid.setId("figures-grid");
        errors = new FormErrors(getContent());
        for (var result : report.scorecard().indicators().stream().flatMap(i -> i.parts().stream()).toList()) {
            var part = result.part();
            if (!report.enterable(part)) {
                continue;
            }
            var existing = scorecards.manualEntry(part, period);
            entered.put(part, existing);
            grid.add(row(result, existing, texts));
        }
        reason.setId("figures-reason");
        reason.setLabel(getTranslation("appraisal.figure.reason"));
        reason.setHelperText(getTranslation("appraisal.figure.reason.help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Provenance.Manual.MAX_REASON);
        reason.setWidthFull();
        errors.bind("reason", reason);
        var evidence = new EvidenceUpload("figures-evidence",
                (name, type, content) -> attachment = figures.attach(name, type, content));
        var hint = new Span(getTranslation("appraisal.figures.hint"));
        hint.addClassName("muted");
        getContent().add(hint, excel(period, sheet), grid, reason, evidence);
    }

    /**
     * The same grid as a workbook: downloaded with what is entered now, filled in, and read back into the
     * fields, where it is checked and saved like typed figures (nothing is stored by the upload itself).
     */
    private Div excel(Period period, FigureSheet sheet) {
        var download = FileLink.of("figures-sheet-download", getTranslation("appraisal.figures.sheet.download"),
                () -> sheet.template(period));
        var ui = UI.getCurrent();
        var tooLarge = getTranslation("appraisal.figures.sheet.too-large", FigureSheet.MAX_BYTES / 1024);
        // the upload request runs without the session lock: the file is handed to the UI to read
        var upload = new Upload(BoundedUpload.inMemory(FigureSheet.MAX_BYTES, tooLarge, (metadata, bytes) ->
                ui.access(() -> errors.run(() -> fill(sheet.read(period, bytes))))));
        upload.setId("figures-sheet-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FigureSheet.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", DocumentFormat.EXCEL.contentType());
        upload.setDropAllowed(false);
        BoundedUpload.showRejections(upload);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("appraisal.figures.sheet.upload"))
                        .setMany(getTranslation("appraisal.figures.sheet.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("appraisal.figures.sheet.upload"))
                        .setMany(getTranslation("appraisal.figures.sheet.upload")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("kit.evidence.one-file"))
                        .setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(getTranslation("appraisal.figures.sheet.not-a-workbook"))));
        var row = new Div(download, upload);
        row.addClassName("figures-sheet");
        return row;
    }

    /** Puts a sheet's figures in their fields, to be checked and saved with the form. */
    private void fill(Map<Part, String> figures) {
        figures.forEach((part, value) -> {
            var field = fields.get(part);
            if (field != null) {
                field.setValue(value);
            }
        });
        FormErrors.success(getContent(), getTranslation("appraisal.figures.sheet.filled", figures.size()));
    }

    private Div row(PartResult result, Optional<ManualEntry> existing, ScorecardTexts texts) {
        var part = result.part();
        var name = new Div(new Span(texts.part(part)), muted(texts.standard(result.threshold(), part.unit())));
        name.addClassName("figures-name");
        var field = new TextField();
        field.setId("figures-" + part.name());
        field.setAriaLabel(texts.part(part));
        existing.filter(e -> e.measurement() instanceof Measurement.Amount)
                .ifPresent(e -> field.setValue(Decimals.format(((Measurement.Amount) e.measurement()).value())));
        if (part.unit() == Unit.PERCENT) {
            field.setSuffixComponent(new Span("%"));
        }
        field.setHelperText(existing.map(e -> getTranslation("appraisal.figures.entered",
                texts.measurement(e.measurement(), part))).orElse(getTranslation("appraisal.figures.none")));
        fields.put(part, field);
        errors.bind(part.name(), field);
        var row = new Div(name, field);
        row.addClassName("figures-row");
        return row;
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    /** The changed fields as figures to enter; a text that is not a number is refused on its field. */
    List<FigureLine> lines() {
        var locale = Formats.locale();
        var lines = new ArrayList<FigureLine>();
        var refused = new ArrayList<InvalidValue>();
        fields.forEach((part, field) -> {
            var typed = field.getValue().strip();
            var before = entered.get(part);
            var shown = before.filter(e -> e.measurement() instanceof Measurement.Amount)
                    .map(e -> Decimals.format(((Measurement.Amount) e.measurement()).value())).orElse("");
            if (typed.isEmpty() || typed.equals(shown)) {
                return;
            }
            try {
                lines.add(new FigureLine(part, new Measurement.Amount(Decimals.parse(typed, part.name(), locale)),
                        before.map(ManualEntry::version).orElse(0L)));
            } catch (InvalidValue notANumber) {
                refused.add(notANumber);
            }
        });
        if (!refused.isEmpty()) {
            throw refused.getFirst();
        }
        return lines;
    }

    String reason() {
        return reason.getValue();
    }

    Optional<UUID> attachment() {
        return Optional.ofNullable(attachment);
    }

    FormErrors errors() {
        return errors;
    }
}
