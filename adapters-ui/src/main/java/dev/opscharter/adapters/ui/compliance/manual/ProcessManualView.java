package dev.opscharter.adapters.ui.compliance.manual;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.BoundedUpload;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.application.compliance.port.in.ManageProcessManual;
import dev.opscharter.application.compliance.port.in.ManageProcessManual.ImportOutcome;
import dev.opscharter.application.compliance.ManualFileRejected;
import dev.opscharter.application.compliance.ManualFormat;
import dev.opscharter.application.compliance.port.in.ManageProcessManual.ImportRejected;
import dev.opscharter.application.compliance.port.in.ProcessManualQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.shared.BilingualName;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The process manual (《运营流程手册》, SPEC §4): the processes with the version in force, every
 * version of the one selected with its steps (order, code, name, mandatory, roles, limit), the
 * end-to-end limit and the end steps. The manager and the director define processes, add versions
 * and import a manual file (YAML; a file with any problem changes nothing and says which line and
 * why); everyone who reads the manual may export it and open the page to print.
 */
@Route(value = "compliance/manual", layout = MainLayout.class)
@Menu(order = 40, title = "nav.compliance.manual")
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST", "AUDITOR"})
class ProcessManualView extends VerticalLayout implements HasDynamicTitle {

    private final ProcessManualQueries queries;
    private final ManageProcessManual manage;
    private final boolean editor;
    private final ProcessManualTexts texts;
    private final Grid<Process> processes = new Grid<>();
    private final Div detail = new Div();
    private final Div importProblems = new Div();
    private final Select<ProcessVersion> versions = new Select<>();
    private final Grid<ProcessStep> steps = new Grid<>();
    private final Div versionSummary = new Div();
    private @Nullable Process selected;
    private LocalDate today;

    ProcessManualView(ProcessManualQueries queries, ManageProcessManual manage, AuthenticationContext authentication) {
        this.queries = queries;
        this.manage = manage;
        this.editor = authentication.hasAnyRole("OPS_MANAGER", "OPS_DIRECTOR");
        this.texts = new ProcessManualTexts(this);
        this.today = queries.today();
        addClassName("view");

        var toolbar = new Toolbar();
        if (editor) {
            var define = toolbar.button("compliance.manual.define", "manual-define", this::openDefine);
            define.setIcon(VaadinIcon.PLUS.create());
            define.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(upload());
        }
        toolbar.add(exportLink(), workbookExportLink());
        var print = new Anchor("compliance/manual/print", getTranslation("compliance.manual.print"));
        print.setId("manual-print");
        print.setTarget(AnchorTarget.BLANK);
        print.addClassName("export-link");
        toolbar.add(print);

        importProblems.setId("manual-import-problems");
        importProblems.setVisible(false);
        importProblems.addClassName("card");

        processes.setId("manual-processes");
        processes.addColumn(p -> p.code().value()).setHeader(getTranslation("compliance.manual.code"))
                .setKey("code").setAutoWidth(true).setFlexGrow(0);
        processes.addColumn(p -> texts.name(p.name())).setHeader(getTranslation("compliance.manual.name"))
                .setKey("name").setFlexGrow(1).setTooltipGenerator(p -> texts.otherName(p.name()));
        processes.addColumn(p -> texts.inForce(p, today)).setHeader(getTranslation("compliance.manual.in-force"))
                .setKey("inForce").setAutoWidth(true);
        processes.addColumn(p -> p.latest().number()).setHeader(getTranslation("compliance.manual.versions"))
                .setKey("versions").setAutoWidth(true).setFlexGrow(0);
        processes.addColumn(p -> p.inForceOn(today).orElse(p.latest()).steps().size())
                .setHeader(getTranslation("compliance.manual.step-count")).setKey("steps").setAutoWidth(true)
                .setFlexGrow(0);
        processes.setAllRowsVisible(true);
        processes.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::select));

        detail.setId("manual-detail");
        detail.addClassName("card");
        detail.setWidthFull();
        versions.setId("manual-version");
        versions.setLabel(getTranslation("compliance.manual.version"));
        versions.setWidth("26rem");
        versions.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showVersion(e.getValue());
            }
        });
        versionSummary.setId("manual-version-summary");
        versionSummary.addClassName("badges");
        steps.setId("manual-steps");
        steps.setAllRowsVisible(true);
        steps.setSelectionMode(Grid.SelectionMode.NONE);
        steps.addColumn(s -> position(s)).setHeader(getTranslation("compliance.manual.step.order")).setKey("order")
                .setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(s -> s.code().value()).setHeader(getTranslation("compliance.manual.step.code"))
                .setKey("code").setAutoWidth(true);
        steps.addColumn(s -> texts.name(s.name())).setHeader(getTranslation("compliance.manual.name")).setKey("name")
                .setFlexGrow(1).setTooltipGenerator(s -> texts.otherName(s.name()));
        steps.addColumn(texts::mandatory).setHeader(getTranslation("compliance.manual.step.mandatory-column"))
                .setKey("mandatory").setAutoWidth(true);
        steps.addColumn(texts::roles).setHeader(getTranslation("compliance.manual.step.roles")).setKey("roles")
                .setAutoWidth(true);
        steps.addColumn(s -> texts.limit(s.limit())).setHeader(getTranslation("compliance.manual.step.limit"))
                .setKey("limit").setAutoWidth(true);

        var intro = new Paragraph(getTranslation("compliance.manual.intro"));
        intro.addClassName("muted");
        add(new H2(getPageTitle()), intro, toolbar, importProblems, processes, detail);
        load(null);
    }

    /** Reads the manual again and selects {@code id}, or the first process. */
    private void load(@Nullable ProcessId id) {
        today = queries.today();
        var all = queries.processes();
        processes.setItems(all);
        var wanted = all.stream().filter(p -> p.id().equals(id)).findFirst()
                .or(() -> all.stream().findFirst());
        selected = null;
        wanted.ifPresentOrElse(processes::select, () -> {
            detail.removeAll();
            detail.add(new Span(getTranslation("compliance.manual.none")));
        });
    }

    private void select(Process process) {
        selected = process;
        detail.removeAll();
        var title = new H3(texts.name(process.name()) + " · " + process.code().value());
        title.setId("manual-process-title");
        var heading = new Div(title);
        heading.addClassName("badges");
        if (editor) {
            var addVersion = new Button(getTranslation("compliance.manual.add-version"), VaadinIcon.PLUS.create(),
                    e -> openAddVersion(process));
            addVersion.setId("manual-add-version");
            var rename = new Button(getTranslation("compliance.manual.rename"), VaadinIcon.EDIT.create(),
                    e -> openRename(process));
            rename.setId("manual-rename");
            rename.addThemeVariants(ButtonVariant.TERTIARY);
            heading.add(addVersion, rename);
        }
        versions.setItemLabelGenerator(v -> texts.versionLabel(process, v, today));
        versions.setItems(process.versions().reversed());
        detail.add(heading, versions, versionSummary, steps);
        var shown = process.inForceOn(today).orElse(process.latest());
        versions.setValue(shown);
        showVersion(shown);
    }

    private void showVersion(ProcessVersion version) {
        var process = selected;
        if (process == null) {
            return;
        }
        versionSummary.removeAll();
        var state = ProcessManualTexts.state(process, version, today);
        var badge = new StatusBadge(texts.state(state), switch (state) {
            case IN_FORCE -> StatusBadge.Tone.SUCCESS;
            case SCHEDULED -> StatusBadge.Tone.WARNING;
            case SUPERSEDED -> StatusBadge.Tone.NEUTRAL;
        });
        badge.setId("manual-version-state");
        var effective = new Span(getTranslation("compliance.manual.effective", Formats.date(version.effectiveFrom())));
        effective.setId("manual-effective");
        var basis = new Span(getTranslation("compliance.manual.basis.label", texts.basis(version.basis())));
        basis.setId("manual-basis");
        var limit = new Span(getTranslation("compliance.manual.end-to-end", texts.limit(version.endToEndLimit())));
        limit.setId("manual-end-to-end");
        var ends = new Span(getTranslation("compliance.manual.end-steps", texts.endSteps(version)));
        ends.setId("manual-end-steps");
        versionSummary.add(badge, effective, basis, limit, ends);
        steps.setItems(version.steps());
    }

    private String position(ProcessStep step) {
        var version = versions.getValue();
        return version == null ? "" : Integer.toString(version.steps().indexOf(step) + 1);
    }

    // ---- editing

    private void openDefine() {
        var form = new ProcessEditor(Optional.empty(), true, today, texts);
        var dialog = new FormDialog(getTranslation("compliance.manual.define.title"),
                getTranslation("compliance.manual.save"), "manual-define", form,
                () -> save(form, () -> manage.define(form.code(), form.name(), form.draft())));
        dialog.setWidth("min(1320px, 96vw)");
        dialog.open();
    }

    private void openAddVersion(Process process) {
        var form = new ProcessEditor(Optional.of(process.latest()), false, today, texts);
        var dialog = new FormDialog(getTranslation("compliance.manual.add-version.title",
                texts.name(process.name()), process.latest().number() + 1),
                getTranslation("compliance.manual.save"), "manual-version", form,
                () -> save(form, () -> {
                    manage.addVersion(process.id(), form.draft(), process.version());
                    return process.id();
                }));
        dialog.setWidth("min(1320px, 96vw)");
        dialog.open();
    }

    private boolean save(ProcessEditor form, java.util.function.Supplier<ProcessId> action) {
        var saved = new ProcessId[1];
        boolean done;
        try {
            done = form.errors().run(() -> saved[0] = action.get());
        } catch (ProcessEditor.Refused refused) {
            return false;
        }
        if (done) {
            FormErrors.success(this, getTranslation("compliance.manual.saved"));
            load(saved[0]);
        }
        return done;
    }

    private void openRename(Process process) {
        var nameZh = new TextField(getTranslation("compliance.manual.name-zh"));
        nameZh.setId("rename-name-zh");
        nameZh.setValue(process.name().chinese());
        var nameEn = new TextField(getTranslation("compliance.manual.name-en"));
        nameEn.setId("rename-name-en");
        nameEn.setValue(process.name().english());
        var form = new FormLayout(nameZh, nameEn);
        var errors = new FormErrors(this).bind("nameZh", nameZh).bind("nameEn", nameEn);
        var dialog = new FormDialog(getTranslation("compliance.manual.rename.title", process.code().value()),
                getTranslation("compliance.manual.save"), "manual-rename", form, () -> {
            boolean done = errors.run(() -> manage.rename(process.id(),
                    new BilingualName(nameZh.getValue(), nameEn.getValue()), process.version()));
            if (done) {
                FormErrors.success(this, getTranslation("compliance.manual.saved"));
                load(process.id());
            }
            return done;
        });
        dialog.open();
    }

    // ---- the manual file

    private Component upload() {
        var ui = UI.getCurrent();
        var tooLarge = getTranslation("compliance.manual.yaml.too-large", ManualFormat.MAX_BYTES / 1024 / 1024);
        var upload = new Upload(BoundedUpload.inMemory(ManualFormat.MAX_BYTES, tooLarge, (metadata, bytes) -> {
            // the import runs with the session locked, as every use case called from the UI does
            var session = ui.getSession();
            if (session != null && session.hasLock()) {
                importFile(bytes);
            } else {
                ui.access(() -> importFile(bytes));
            }
        }));
        upload.setId("manual-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ManualFormat.MAX_BYTES);
        BoundedUpload.showRejections(upload);
        upload.setAcceptedFileTypes(".yaml", ".yml", ".xlsx", "application/yaml", "text/yaml", "application/x-yaml",
                ManualFormat.XLSX.contentType());
        upload.setDropAllowed(false);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("compliance.manual.import"))
                        .setMany(getTranslation("compliance.manual.import")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("compliance.manual.import.drop"))
                        .setMany(getTranslation("compliance.manual.import.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("compliance.manual.import.one-file"))
                        .setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(getTranslation("compliance.manual.import.file-type"))));
        upload.addClassName("manual-import");
        return upload;
    }

    /** Reads and imports a manual file; shows every problem with its line, or what changed. */
    void importFile(byte[] file) {
        importProblems.removeAll();
        importProblems.setVisible(false);
        ImportOutcome outcome;
        try {
            outcome = manage.importFile(file);
        } catch (ManualFileRejected rejected) {
            showProblems(rejected.problems().stream().map(p -> line(p.line(),
                    (p.where().isEmpty() ? "" : p.where() + ": ")
                            + getTranslation(p.messageKey(), p.arguments().toArray()))).toList());
            return;
        } catch (ImportRejected rejected) {
            showProblems(List.of(line(rejected.line(),
                    getTranslation(rejected.messageKey(), rejected.arguments().toArray()))));
            return;
        } catch (AccessDenied denied) {
            FormErrors.error(this, getTranslation("error.access-denied"));
            return;
        }
        FormErrors.success(this, getTranslation("compliance.manual.imported", outcome.created().size(),
                outcome.newVersions().size(), outcome.renamed().size(), outcome.unchanged().size()));
        load(selected == null ? null : selected.id());
    }

    private String line(int line, String why) {
        return getTranslation("compliance.manual.import.line", line, why);
    }

    private void showProblems(List<String> lines) {
        var title = new Span(getTranslation("compliance.manual.import.rejected"));
        title.setId("manual-import-rejected");
        title.getStyle().set("font-weight", "600").set("color", "var(--oc-error)");
        var list = new UnorderedList();
        list.setId("manual-import-problem-list");
        lines.forEach(text -> list.add(new ListItem(text)));
        importProblems.add(title, list);
        importProblems.setVisible(true);
        FormErrors.error(this, getTranslation("compliance.manual.import.rejected"));
    }

    private Anchor exportLink() {
        return exportLink("manual-export", "compliance.manual.export", () -> new ManualFile(exportFile(),
                ManualFormat.YAML.fileName(queries.today()), ManualFormat.YAML.contentType()));
    }

    private Anchor workbookExportLink() {
        return exportLink("manual-export-excel", "compliance.manual.export.excel", () -> new ManualFile(
                queries.exportFile(ManualFormat.XLSX), ManualFormat.XLSX.fileName(queries.today()),
                ManualFormat.XLSX.contentType()));
    }

    private record ManualFile(byte[] bytes, String name, String contentType) {
    }

    /** A download of the manual, written when it is clicked. */
    private Anchor exportLink(String id, String label, Supplier<ManualFile> file) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var written = file.get();
            return new DownloadResponse(new ByteArrayInputStream(written.bytes()), written.name(),
                    written.contentType(), written.bytes().length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(label)));
        anchor.setId(id);
        anchor.addClassName("export-link");
        return anchor;
    }

    /** The whole manual, every version of every process, as the file the import reads. */
    byte[] exportFile() {
        return queries.exportFile(ManualFormat.YAML);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.manual.title");
    }
}
