package dev.opscharter.adapters.ui.appraisal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dev.opscharter.adapters.ui.appraisal.export.ScorecardTexts;
import dev.opscharter.adapters.ui.shared.BoundedUpload;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.appraisal.port.in.RecordFigures;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.appraisal.Unit;
import dev.opscharter.domain.shared.InvalidValue;
import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.UUID;

/**
 * A figure typed by hand: a value, or for a percentage the two counts it is the ratio of; the
 * reason it is entered (required) and optionally an evidence file. The text is parsed here, so a
 * non-number is a field error; its range is the domain's to check.
 */
final class FigureForm extends Composite<FormLayout> {

    enum Mode {
        VALUE, RATIO
    }

    private final Part part;
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final TextField value = new TextField();
    private final TextField numerator = new TextField();
    private final TextField denominator = new TextField();
    private final TextArea reason = new TextArea();
    private final Span attachmentName = new Span();
    private final FormErrors valueErrors;
    private final FormErrors ratioErrors;
    private @Nullable UUID attachment;

    /** @param existing the entry this one replaces, if any: its figure and attachment are kept unless changed */
    FigureForm(Part part, Threshold threshold, Optional<ManualEntry> existing, RecordFigures figures,
               ScorecardTexts texts) {
        this.part = part;
        var layout = getContent();
        var standard = new Span(getTranslation("appraisal.figure.standard", texts.part(part),
                texts.standard(threshold, part.unit())));
        standard.addClassName("muted");
        layout.add(standard);
        layout.setColspan(standard, 2);

        mode.setId("figure-mode");
        mode.setLabel(getTranslation("appraisal.figure.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("appraisal.figure.mode." + m.name()));
        mode.setValue(Mode.VALUE);
        mode.setVisible(part.unit() == Unit.PERCENT);
        mode.addValueChangeListener(e -> showMode());
        layout.add(mode);
        layout.setColspan(mode, 2);

        value.setId("figure-value");
        value.setLabel(getTranslation("appraisal.figure.value"));
        value.setRequiredIndicatorVisible(true);
        if (part.unit() == Unit.PERCENT) {
            value.setSuffixComponent(new Span("%"));
        }
        numerator.setId("figure-numerator");
        numerator.setLabel(getTranslation("appraisal.figure.numerator"));
        numerator.setHelperText(getTranslation("appraisal.figure.numerator.help." + part.name()));
        denominator.setId("figure-denominator");
        denominator.setLabel(getTranslation("appraisal.figure.denominator"));
        denominator.setHelperText(getTranslation("appraisal.figure.denominator.help." + part.name()));
        reason.setId("figure-reason");
        reason.setLabel(getTranslation("appraisal.figure.reason"));
        reason.setHelperText(getTranslation("appraisal.figure.reason.help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Provenance.Manual.MAX_REASON);
        layout.add(value, numerator, denominator, reason);
        layout.setColspan(value, 2);
        layout.setColspan(reason, 2);

        var ui = UI.getCurrent();
        var tooLarge = getTranslation("validation.attachment.too-large", AttachmentFile.MAX_BYTES / 1024 / 1024);
        var upload = new Upload(BoundedUpload.inMemory(AttachmentFile.MAX_BYTES, tooLarge, (metadata, bytes) -> {
            // runs in the upload request without the session lock: store first, then update the form
            try {
                var id = figures.attach(metadata.fileName(), metadata.contentType(), bytes);
                ui.access(() -> attached(id, metadata.fileName()));
            } catch (InvalidValue refused) {
                ui.access(() -> FormErrors.error(this, getTranslation(refused.messageKey(),
                        refused.arguments().toArray())));
            } catch (RuntimeException failed) {
                ui.access(() -> FormErrors.error(this, getTranslation(failed instanceof AccessDenied
                        ? "error.access-denied" : "error.unexpected")));
            }
        }));
        upload.setId("figure-attachment");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AttachmentFile.MAX_BYTES);
        BoundedUpload.showRejections(upload);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("appraisal.figure.attachment.add"))
                        .setMany(getTranslation("appraisal.figure.attachment.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("appraisal.figure.attachment.drop"))
                        .setMany(getTranslation("appraisal.figure.attachment.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("appraisal.figure.attachment.too-many"))
                        .setFileIsTooBig(tooLarge)));
        attachmentName.setId("figure-attachment-name");
        attachmentName.addClassName("muted");
        var attachmentLabel = new Span(getTranslation("appraisal.figure.attachment"));
        attachmentLabel.addClassName("field-label");
        var attachmentBox = new Div(attachmentLabel, upload, attachmentName);
        attachmentBox.addClassName("figure-attachment");
        layout.add(attachmentBox);
        layout.setColspan(attachmentBox, 2);

        valueErrors = new FormErrors(this).bind("value", value).bind("reason", reason);
        ratioErrors = new FormErrors(this).bind("numerator", numerator).bind("denominator", denominator)
                .bind("value", numerator).bind("reason", reason);

        existing.ifPresent(entry -> {
            switch (entry.measurement()) {
                case Measurement.Amount(var amount) -> value.setValue(Decimals.format(amount));
                case Measurement.Ratio(var n, var d) -> {
                    mode.setValue(Mode.RATIO);
                    numerator.setValue(Decimals.format(n));
                    denominator.setValue(Decimals.format(d));
                }
            }
            entry.provenance().attachment().ifPresent(id -> {
                attachment = id;
                attachmentName.setText(getTranslation("appraisal.figure.attachment.kept"));
            });
        });
        showMode();
    }

    private void attached(UUID id, String fileName) {
        attachment = id;
        attachmentName.setText(getTranslation("appraisal.figure.attachment.uploaded", fileName));
    }

    private void showMode() {
        boolean ratio = mode.getValue() == Mode.RATIO;
        value.setVisible(!ratio);
        numerator.setVisible(ratio);
        denominator.setVisible(ratio);
        valueErrors.clear();
        ratioErrors.clear();
    }

    /** The figure as typed; a text that is not a number is refused as the field's error. */
    Measurement measurement() {
        var locale = Formats.locale();
        if (mode.getValue() == Mode.RATIO) {
            var n = Decimals.parse(numerator.getValue(), "numerator", locale);
            var d = Decimals.parse(denominator.getValue(), "denominator", locale);
            return new Measurement.Ratio(n, d);
        }
        return new Measurement.Amount(Decimals.parse(value.getValue(), "value", locale));
    }

    String reason() {
        return reason.getValue();
    }

    Optional<UUID> attachment() {
        return Optional.ofNullable(attachment);
    }

    Part part() {
        return part;
    }

    /** The errors of the fields on show. */
    FormErrors errors() {
        if (mode.getValue() == Mode.RATIO) {
            valueErrors.clear();
            return ratioErrors;
        }
        ratioErrors.clear();
        return valueErrors;
    }
}
