package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;

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
            if (event.getFileSize() > maxBytes) {
                refuse(event, tooLarge);
                return;
            }
            byte[] bytes;
            try (var in = event.getInputStream()) {
                bytes = in.readNBytes(maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                refuse(event, tooLarge);
                return;
            }
            accepted.complete(new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length), bytes);
        };
    }

    /**
     * An upload handler that streams to a temporary file (never into memory) and stops at
     * {@code maxBytes}: a larger file is deleted, refused and {@code tooLarge} shown to the user.
     *
     * @param accepted called in the upload request, without the session lock; owns the file from then on
     */
    public static UploadHandler toTempFile(long maxBytes, String tooLarge, FileUploadCallback accepted) {
        return event -> {
            if (event.getFileSize() > maxBytes) {
                refuse(event, tooLarge);
                return;
            }
            var file = Files.createTempFile("upload-", ".tmp");
            long written;
            try (var in = event.getInputStream(); var out = Files.newOutputStream(file)) {
                // one byte past the limit tells a file of exactly the limit from a larger one
                written = in.transferTo(new BoundedOutput(out, maxBytes + 1));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                if (e instanceof BoundedOutput.Full) {
                    refuse(event, tooLarge);
                    return;
                }
                throw e;
            }
            accepted.complete(new UploadMetadata(event.getFileName(), event.getContentType(), written), file.toFile());
        };
    }

    /** Shows the browser's refusals of a file (too large, wrong type, too many) as an error message. */
    public static void showRejections(Upload upload) {
        upload.addFileRejectedListener(rejected -> FormErrors.error(upload, rejected.getErrorMessage()));
    }

    /** Passes bytes on up to a capacity, then refuses with {@link Full}. */
    private static final class BoundedOutput extends FilterOutputStream {

        private long left;

        BoundedOutput(OutputStream out, long capacity) {
            super(out);
            this.left = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= left) {
                throw new Full();
            }
            left -= len;
            out.write(b, off, len);
        }

        static final class Full extends RuntimeException {
        }
    }

    /** Says why next to the form, and refuses the upload (the browser marks the file failed). */
    private static void refuse(UploadEvent event, String message) {
        var ui = event.getUI();
        var session = ui.getSession();
        if (session != null && session.hasLock()) {
            FormErrors.error(ui, message);
        } else {
            ui.access(() -> FormErrors.error(ui, message));
        }
        event.reject(message);
    }
}
