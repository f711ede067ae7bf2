package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dev.opscharter.adapters.ui.shared.BoundedUpload;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.shared.AttachmentFile;
import org.jspecify.annotations.Nullable;

/**
 * One evidence file for a record: chosen (and held in memory up to {@link AttachmentFile#MAX_BYTES},
 * a larger one refused before it is read), then attached with the button, which is enabled only while
 * a file is chosen. What the use case refuses (empty file, rule of the record) is said as a message;
 * the file stays chosen so the user can try again. Ids: the upload's own, {@code <id>-chosen},
 * {@code <id>-attach}.
 */
public final class EvidenceUpload extends Composite<Div> {

    /** The use case that keeps the file with its record. */
    @FunctionalInterface
    public interface Attach {
        void attach(String fileName, String contentType, byte[] content);
    }

    private record Chosen(String fileName, String contentType, byte[] content) {
    }

    private final Upload upload;
    private final Span chosenName = new Span();
    private final Button attachButton;
    private @Nullable Chosen chosen;

    public EvidenceUpload(String id, Attach attach) {
        var ui = UI.getCurrent();
        var tooLarge = getTranslation("validation.attachment.too-large", AttachmentFile.MAX_BYTES / 1024 / 1024);
        // the upload request runs without the session lock: the file is handed to the UI to hold
        upload = new Upload(BoundedUpload.inMemory(AttachmentFile.MAX_BYTES, tooLarge, (metadata, bytes) ->
                ui.access(() -> choose(new Chosen(metadata.fileName(), metadata.contentType(), bytes)))));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AttachmentFile.MAX_BYTES);
        BoundedUpload.showRejections(upload);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("kit.evidence.choose"))
                        .setMany(getTranslation("kit.evidence.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("kit.evidence.drop"))
                        .setMany(getTranslation("kit.evidence.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("kit.evidence.one-file"))
                        .setFileIsTooBig(tooLarge)));
        upload.addFileRemovedListener(removed -> choose(null));
        chosenName.setId(id + "-chosen");
        chosenName.addClassName("muted");
        attachButton = new Button(getTranslation("kit.evidence.attach"), e -> attach(attach));
        attachButton.setId(id + "-attach");
        getContent().add(upload, chosenName, attachButton);
        choose(null);
    }

    private void choose(@Nullable Chosen file) {
        chosen = file;
        chosenName.setText(file == null ? getTranslation("kit.evidence.none-chosen")
                : getTranslation("kit.evidence.chosen", file.fileName()));
        attachButton.setEnabled(file != null);
    }

    private void attach(Attach attach) {
        var file = chosen;
        if (file == null) {
            return;
        }
        if (new FormErrors(this).run(() -> attach.attach(file.fileName(), file.contentType(), file.content()))) {
            FormErrors.success(this, getTranslation("kit.evidence.attached", file.fileName()));
            upload.clearFileList();
            choose(null);
        }
    }
}
