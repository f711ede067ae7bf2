package dev.opscharter.adapters.ui.compliance.records;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.Polling;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.RowFileUpload;
import dev.opscharter.adapters.ui.shared.RunTexts;
import dev.opscharter.application.compliance.ImportRun;
import dev.opscharter.application.compliance.StoredProcess;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportProgress;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportSummary;
import dev.opscharter.application.shared.AccessDenied;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import static dev.opscharter.adapters.ui.shared.RowFileUpload.onUi;

/**
 * Execution records: the CSV format (documented here, as the specification fixes it), the import
 * of a file for the operations manager and specialists, and the processes stored so far.
 *
 * <p>An upload goes to a temporary file first (never into memory), then the import runs on a
 * background thread as the signed-in user, while a progress bar follows the bytes read. The UI
 * polls for the updates during the import (a poll interval, no server push needed), and the
 * result or the refusal with its line replaces the bar.
 */
@Route(value = "compliance/records", layout = MainLayout.class)
@Menu(order = 41, title = "nav.compliance.records")
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST", "AUDITOR"})
class ExecutionRecordsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionRecordsView.class);
    static final int POLL_MILLIS = 500;
    static final int RECENT_IMPORTS = 20;
    /** At most this often does the background import send progress to the browser. */
    private static final long PROGRESS_NANOS = 250_000_000L;

    private final ImportExecutionRecords imports;
    private final Grid<StoredProcess> processes = new Grid<>();
    private final Grid<ImportRun> recentImports = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div result = new Div();
    private final boolean mayImport;
    private final Executor background = task -> Thread.ofVirtual().name("execution-records-import").start(task);
    private final DisplayNames names;
    private boolean running;

    ExecutionRecordsView(ImportExecutionRecords imports, AuthenticationContext authentication, Directory directory) {
        this.imports = imports;
        this.names = new DisplayNames(directory);
        this.mayImport = authentication.hasAnyRole("OPS_MANAGER", "OPS_SPECIALIST");
        addClassName("view");
        setWidthFull();
        add(new H2(getPageTitle()), new Paragraph(getTranslation("compliance.records.intro")), format());
        if (mayImport) {
            add(uploadArea());
        }
        result.setId("records-result");
        add(result, new H3(getTranslation("compliance.records.stored")), configureProcesses(),
                new H3(getTranslation("compliance.records.imports")), configureImports());
        // leaving during an import: its progress is no longer shown here, so no more polling for it
        addDetachListener(detach -> Polling.release(detach.getUI(), this));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.records.title");
    }

    private Details format() {
        var text = new Div();
        text.add(new Paragraph(getTranslation("compliance.records.format.rules")));
        var columns = new Html("<ul>"
                + "<li><code>case_id</code> – " + escape(getTranslation("compliance.records.format.case_id")) + "</li>"
                + "<li><code>process_code</code> – " + escape(getTranslation("compliance.records.format.process_code")) + "</li>"
                + "<li><code>step_code</code> – " + escape(getTranslation("compliance.records.format.step_code")) + "</li>"
                + "<li><code>actor_role</code> – " + escape(getTranslation("compliance.records.format.actor_role")) + "</li>"
                + "<li><code>occurred_at</code> – " + escape(getTranslation("compliance.records.format.occurred_at")) + "</li>"
                + "</ul>");
        text.add(columns);
        text.add(new Paragraph(getTranslation("compliance.records.format.import")));
        text.add(new Pre("""
                case_id,process_code,step_code,actor_role,occurred_at\r
                C-2026-0001,COMPLAINT_HANDLING,REGISTER,CUSTOMER_SERVICE,2026-07-01T09:30:00+08:00\r
                C-2026-0001,COMPLAINT_HANDLING,RESOLVE,COMPLAINT_OFFICER,2026-07-02T16:05:00+08:00\r
                """.replace("\r", "")));
        var details = new Details(getTranslation("compliance.records.format"), text);
        details.setId("records-format");
        details.setOpened(mayImport);
        return details;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private Div uploadArea() {
        var upload = RowFileUpload.of(this, "records-upload", "compliance.records", background, this::start);
        progress.setId("records-progress");
        progress.setVisible(false);
        progressText.setId("records-progress-text");
        progressText.addClassName("muted");
        var area = new Div(upload, progress, progressText);
        area.setId("records-import");
        return area;
    }

    /**
     * Imports a file that has arrived: on the executor, with progress and the outcome shown here.
     * Called with the session locked. The file is deleted afterwards.
     */
    void start(Path file, String fileName, long size, Executor executor) {
        if (running) {
            deleteQuietly(file);
            showError(getTranslation("compliance.records.busy"));
            return;
        }
        var ui = UI.getCurrent();
        running = true;
        result.removeAll();
        progress.setVisible(true);
        progress.setIndeterminate(size <= 0);
        progress.setMin(0);
        progress.setMax(Math.max(1, size));
        progress.setValue(0);
        progressText.setText(getTranslation("compliance.records.reading", fileName));
        Polling.request(ui, this, POLL_MILLIS);
        executor.execute(() -> runImport(ui, file, fileName));
    }

    private void runImport(UI ui, Path file, String fileName) {
        var lastShown = new AtomicLong(System.nanoTime());
        ImportProgress shown = (bytes, events) -> {
            long now = System.nanoTime();
            if (now - lastShown.get() >= PROGRESS_NANOS) {
                lastShown.set(now);
                onUi(ui, () -> {
                    progress.setValue(Math.min(progress.getMax(), bytes));
                    progressText.setText(getTranslation("compliance.records.progress", Formats.number(events)));
                });
            }
        };
        try {
            var summary = imports.importFile(file, fileName, shown);
            onUi(ui, () -> finished(summary));
        } catch (ImportRefused refused) {
            onUi(ui, () -> refused(refused));
        } catch (AccessDenied denied) {
            onUi(ui, () -> failed(getTranslation("error.access-denied")));
        } catch (RuntimeException e) {
            LOG.error("Import of execution records from {} failed", fileName, e);
            onUi(ui, () -> failed(getTranslation("compliance.records.failed")));
        } finally {
            deleteQuietly(file);
        }
    }

    private void finished(ImportSummary summary) {
        done();
        var message = new Paragraph(getTranslation("compliance.records.imported", summary.fileName(),
                Formats.number(summary.received()), Formats.number(summary.added()),
                Formats.number(summary.alreadyStored()), String.join(", ", summary.processes())));
        message.setId("records-summary");
        message.addClassName("success");
        result.add(message);
        refresh();
    }

    private void refused(ImportRefused refused) {
        done();
        var reason = getTranslation(refused.messageKey(), refused.arguments().toArray());
        showError(getTranslation("compliance.records.refused", Formats.number(refused.line()), reason));
        refresh();
    }

    private void failed(String message) {
        done();
        showError(message);
        refresh();
    }

    private void showError(String message) {
        result.removeAll();
        var error = new Paragraph(message);
        error.setId("records-error");
        error.addClassName("error");
        result.add(error);
    }

    private void done() {
        running = false;
        progress.setVisible(false);
        progressText.setText("");
        getUI().ifPresent(ui -> Polling.release(ui, this));
    }

    private Grid<StoredProcess> configureProcesses() {
        processes.setId("records-processes");
        processes.addColumn(StoredProcess::processCode).setHeader(getTranslation("compliance.records.column.process"))
                .setAutoWidth(true);
        processes.addColumn(p -> Formats.number(p.cases())).setHeader(getTranslation("compliance.records.column.cases"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        processes.addColumn(p -> Formats.number(p.events())).setHeader(getTranslation("compliance.records.column.events"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        processes.addColumn(p -> day(p.firstAt())).setHeader(getTranslation("compliance.records.column.first"))
                .setAutoWidth(true);
        processes.addColumn(p -> day(p.lastAt())).setHeader(getTranslation("compliance.records.column.last"))
                .setAutoWidth(true);
        processes.setAllRowsVisible(true);
        processes.setEmptyStateText(getTranslation("compliance.records.none"));
        return processes;
    }

    /** The latest imports, with who ran them and how they ended (an interrupted one among them). */
    private Grid<ImportRun> configureImports() {
        recentImports.setId("records-imports");
        recentImports.addColumn(r -> Formats.dateTime(r.startedAt()))
                .setHeader(getTranslation("compliance.records.imports.started")).setAutoWidth(true);
        recentImports.addColumn(ImportRun::fileName).setHeader(getTranslation("compliance.records.imports.file"))
                .setAutoWidth(true);
        recentImports.addColumn(r -> RunTexts.actor(this, r.startedBy(), names))
                .setHeader(getTranslation("compliance.records.imports.by")).setAutoWidth(true);
        recentImports.addColumn(this::outcome).setHeader(getTranslation("compliance.records.imports.outcome"))
                .setFlexGrow(1);
        recentImports.setAllRowsVisible(true);
        recentImports.setEmptyStateText(getTranslation("compliance.records.imports.none"));
        return recentImports;
    }

    private String outcome(ImportRun run) {
        return switch (run.state()) {
            case RUNNING -> getTranslation("compliance.records.imports.running");
            case DONE -> getTranslation("compliance.records.imports.done", Formats.number(run.received()),
                    Formats.number(run.added()));
            case FAILED -> getTranslation("compliance.records.imports.failed",
                    RunTexts.failure(this, run.failure().orElse("")));
        };
    }

    private static String day(Instant instant) {
        return Formats.date(instant.atZone(Formats.timeZone()).toLocalDate());
    }

    private void refresh() {
        processes.setItems(imports.storedProcesses());
        recentImports.setItems(imports.recentImports(RECENT_IMPORTS));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded file {}", file, e);
        }
    }
}
