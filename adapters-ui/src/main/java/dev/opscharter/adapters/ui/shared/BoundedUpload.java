package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.io.IOException;

/**
 * Uploads held in memory up to a limit that the server keeps, whatever the browser was told: the
 * Upload's own maximum is checked by the browser only, so a request that bypasses it would otherwise
 * be read whole into memory. Whatever is refused, by the browser (size, type, count) or here, is
 * said in the user's language next to the form, never dropped silently or left as a bare HTTP error.
 */
public final class BoundedUpload {

    private BoundedUpload() {
    }

    /**
     * An upload handler that reads at most {@code maxBytes}; a larger file is refused (and not read
     * further) with {@code tooLarge} shown to the user.
     *
     * @param accepted called in the upload request, without the session lock, as Vaadin's in-memory handler does
     */
    public static UploadHandler inMemory(int maxBytes, String tooLarge, InMemoryUploadCallback accepted) {
        return event -> {
            var ui = event.getUI();
            if (event.getFileSize() > maxBytes) {
                refuse(ui, tooLarge);
                event.reject(tooLarge);
                return;
            }
            byte[] bytes;
            try (var in = event.getInputStream()) {
                bytes = in.readNBytes(maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                refuse(ui, tooLarge);
                event.reject(tooLarge);
                return;
            }
            accepted.complete(new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length), bytes);
        };
    }

    /** Shows the browser's refusals of a file (too large, wrong type, too many) as an error message. */
    public static void showRejections(Upload upload) {
        upload.addFileRejectedListener(rejected -> FormErrors.error(upload, rejected.getErrorMessage()));
    }

    private static void refuse(UI ui, String message) {
        var session = ui.getSession();
        if (session != null && session.hasLock()) {
            FormErrors.error(ui, message);
        } else {
            ui.access(() -> FormErrors.error(ui, message));
        }
    }
}
