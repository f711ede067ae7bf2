package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import dev.opscharter.adapters.ui.shared.BoundedUpload;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.costs.port.in.ManageCosts.ImportSummary;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ImportRefused;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * Uploads a CSV or Excel file of costs or revenue and imports it as a whole: a refused file names its
 * row and what is wrong in the user's language, and nothing of it is stored; an accepted one says how
 * many rows were added, corrected and already as they were.
 */
final class ImportDialog {

    /** Cost files are months × types × channels: a few megabytes is far more than a real one. */
    static final long MAX_BYTES = 8L << 20;

    private ImportDialog() {
    }

    static void costs(ManageCosts manage, CostsTexts texts, Runnable changed) {
        open("costs-import", texts.t("costs.import.costs"), texts.t("costs.import.costs.help"), manage::importCosts,
                texts, changed);
    }

    static void revenue(ManageCosts manage, CostsTexts texts, Runnable changed) {
        open("revenue-import", texts.t("costs.import.revenue"), texts.t("costs.import.revenue.help"),
                manage::importRevenue, texts, changed);
    }

    private static void open(String id, String title, String help, BiFunction<Path, String, ImportSummary> run,
                             CostsTexts texts, Runnable changed) {
        var dialog = new Dialog(title);
        dialog.setId(id + "-dialog");
        var result = new Paragraph();
        result.setId(id + "-result");
        var ui = UI.getCurrent();
        var upload = new Upload(BoundedUpload.toTempFile(MAX_BYTES, texts.t("costs.import.too-large", MAX_BYTES >> 20),
                (metadata, file) -> ui.access(() -> {
                    try {
                        var summary = run.apply(file.toPath(), metadata.fileName());
                        result.setText(texts.t("costs.import.done", summary.fileName(), summary.received(),
                                summary.added(), summary.corrected(), summary.unchanged()));
                        changed.run();
                    } catch (ImportRefused refused) {
                        result.setText(texts.t("costs.import.refused", refused.line(),
                                texts.t(refused.messageKey(), refused.arguments().toArray())));
                    } catch (AccessDenied denied) {
                        FormErrors.error(dialog, texts.t("error.access-denied"));
                    } finally {
                        delete(file.toPath());
                    }
                })));
        upload.setId(id + "-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".gz", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        BoundedUpload.showRejections(upload);
        var close = new Button(texts.t("costs.action.close"), e -> dialog.close());
        close.setId(id + "-close");
        close.addThemeVariants(ButtonVariant.TERTIARY);
        dialog.add(new Paragraph(help), upload, result);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
