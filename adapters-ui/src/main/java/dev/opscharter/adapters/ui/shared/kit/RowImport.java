package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.Polling;
import dev.opscharter.adapters.ui.shared.RowFileUpload;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ImportRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The import of a file of rows as every import screen runs it: the upload ({@link RowFileUpload}) streams it to a
 * temporary file, the use case reads it on a background thread as the signed-in user while the UI polls, then the
 * screen says what was imported, or the refusal with its row in the user's language (nothing of a refused file is
 * stored); a second file while one runs is turned away. Ids: {@code <id>-upload}, {@code -progress},
 * {@code -result}, and in it {@code -summary} or {@code -error}. Texts by the key prefix: those of
 * {@link RowFileUpload}, and {@code <prefix>.busy}, {@code .refused} (row, reason), {@code .failed}.
 *
 * @param <S> what the use case answers of an imported file
 */
public final class RowImport<S> extends Composite<Div> {

    private static final Logger LOG = LoggerFactory.getLogger(RowImport.class);
    static final int POLL_MILLIS = 500;

    /** The use case that imports the file (all or nothing). */
    @FunctionalInterface
    public interface Run<S> {
        S importFile(Path file, String fileName);
    }

    private final String id;
    private final String keyPrefix;
    private final Run<S> run;
    private final Function<S, String> summary;
    private final Runnable imported;
    private final ProgressBar progress = new ProgressBar();
    private final Div result = new Div();
    private boolean running;

    /**
     * @param summary  the words for what was imported
     * @param imported runs once a file was imported (the counts behind are read again)
     */
    public RowImport(String id, String keyPrefix, Run<S> run, Function<S, String> summary, Runnable imported) {
        this.id = id;
        this.keyPrefix = keyPrefix;
        this.run = run;
        this.summary = summary;
        this.imported = imported;
        Executor background = task -> Thread.ofVirtual().name(id + "-import").start(task);
        var upload = RowFileUpload.of(this, id + "-upload", keyPrefix, background,
                (file, fileName, size, asUser) -> start(file, fileName, asUser));
        progress.setId(id + "-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        result.setId(id + "-result");
        getContent().add(upload, progress, result);
        addDetachListener(detach -> Polling.release(detach.getUI(), this));
    }

    /** Imports a file that has arrived, on the executor; called with the session locked. Deletes the file. */
    private void start(Path file, String fileName, Executor executor) {
        if (running) {
            deleteQuietly(file);
            show("-error", "error", getTranslation(keyPrefix + ".busy"));
            return;
        }
        var ui = UI.getCurrent();
        running = true;
        result.removeAll();
        progress.setVisible(true);
        Polling.request(ui, this, POLL_MILLIS);
        executor.execute(() -> {
            try {
                var answer = run.importFile(file, fileName);
                RowFileUpload.onUi(ui, () -> {
                    done("-summary", "success", summary.apply(answer));
                    imported.run();
                });
            } catch (ImportRefused refused) {
                RowFileUpload.onUi(ui, () -> done("-error", "error", getTranslation(keyPrefix + ".refused",
                        Formats.number(refused.line()),
                        getTranslation(refused.messageKey(), refused.arguments().toArray()))));
            } catch (AccessDenied denied) {
                RowFileUpload.onUi(ui, () -> done("-error", "error", getTranslation("error.access-denied")));
            } catch (RuntimeException e) {
                LOG.error("Import from {} failed", fileName, e);
                RowFileUpload.onUi(ui, () -> done("-error", "error", getTranslation(keyPrefix + ".failed")));
            } finally {
                deleteQuietly(file);
            }
        });
    }

    private void done(String suffix, String className, String message) {
        running = false;
        progress.setVisible(false);
        getUI().ifPresent(ui -> Polling.release(ui, this));
        show(suffix, className, message);
    }

    private void show(String suffix, String className, String message) {
        result.removeAll();
        var paragraph = new Paragraph(message);
        paragraph.setId(id + suffix);
        paragraph.addClassName(className);
        result.add(paragraph);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded file {}", file, e);
        }
    }
}
