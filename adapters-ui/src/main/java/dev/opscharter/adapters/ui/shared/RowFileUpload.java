package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.Command;
import dev.opscharter.application.shared.ImportRows;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * The upload of a file of rows to import (CSV, gzip-compressed CSV, an Excel workbook), as every import
 * screen offers it: streamed to a temporary file (never into memory) up to the largest file an import
 * reads, then handed to the screen with an executor that runs the import in the background as the
 * signed-in user. Texts by the screen's key prefix: {@code <prefix>.upload}, {@code .drop},
 * {@code .one-file}, {@code .file-type}, {@code .file-too-large} (with the limit in GB).
 */
public final class RowFileUpload {

    /** What the screen does with a file that has arrived; called with the session locked. */
    @FunctionalInterface
    public interface Arrived {
        /** @param asUser runs the import in the background as the user who uploaded; the file is the screen's */
        void start(Path file, String fileName, long size, Executor asUser);
    }

    private RowFileUpload() {
    }

    public static Upload of(Component owner, String id, String keyPrefix, Executor background, Arrived arrived) {
        var ui = UI.getCurrent();
        var tooLarge = owner.getTranslation(keyPrefix + ".file-too-large", ImportRows.MAX_UNCOMPRESSED_BYTES >> 30);
        var upload = new Upload(BoundedUpload.toTempFile(ImportRows.MAX_UNCOMPRESSED_BYTES, tooLarge,
                (metadata, file) -> {
                    // the upload request thread, without the session lock: hand the file to the import
                    var security = SecurityContextHolder.getContext();
                    onUi(ui, () -> arrived.start(file.toPath(), metadata.fileName(), file.length(),
                            task -> background.execute(new DelegatingSecurityContextRunnable(task, security))));
                }));
        upload.setId(id);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        BoundedUpload.showRejections(upload);
        upload.setAcceptedFileTypes(".csv", ".gz", ".xlsx", "text/csv", "application/gzip",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var choose = owner.getTranslation(keyPrefix + ".upload");
        var drop = owner.getTranslation(keyPrefix + ".drop");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(choose).setMany(choose))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(owner.getTranslation(keyPrefix + ".one-file"))
                        .setIncorrectFileType(owner.getTranslation(keyPrefix + ".file-type"))));
        return upload;
    }

    /** Runs a change of the view: directly if this thread holds the session, else when the UI is free. */
    public static void onUi(UI ui, Command command) {
        var session = ui.getSession();
        if (session != null && session.hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }
}
