package dev.opscharter.adapters.ui.compliance.check;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.opscharter.adapters.ui.MainLayout;
import com.vaadin.flow.router.NotFoundException;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.Irreversible;
import dev.opscharter.adapters.ui.shared.WhileBusy;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.RunTexts;
import dev.opscharter.application.compliance.port.in.CheckRequests;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.InspectionReports;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CheckReport;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.compliance.TypeTally;
import dev.opscharter.domain.compliance.UnknownProcess;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.compliance.CheckStep;
import dev.opscharter.domain.compliance.CompliancePermission;
import dev.opscharter.domain.shared.Step;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One check's results: the compliance rate per process and overall against the cases evaluated, a
 * bar chart per process, deviations by type and by step, the worst cases (each opens on its
 * timeline) and the processes the manual does not define. A manager closes a completed check, after
 * which its results never change; until then managers and specialists may run it again. Every
 * reader downloads the inspection report (PDF, Excel): a draft while the check is open, the file kept
 * with the check once it is closed.
 */
@Route(value = "compliance/checks/:" + ComplianceCheckView.ID, layout = MainLayout.class)
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR})
class ComplianceCheckView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID = "id";

    private final ComplianceCheckQueries queries;
    private final RunComplianceCheck run;
    private final MyPermissions permissions;
    private final InspectionReports reports;
    private final ComplianceCheckTexts texts;
    private final CheckRequests requests;
    private final DisplayNames names;
    private @Nullable CheckEntry check;
    private final WhileBusy whileBusy;

    ComplianceCheckView(ComplianceCheckQueries queries, RunComplianceCheck run, MyPermissions permissions,
                        InspectionReports reports, CheckRequests requests, Directory directory) {
        this.queries = queries;
        this.run = run;
        this.reports = reports;
        this.permissions = permissions;
        this.requests = requests;
        this.names = new DisplayNames(directory);
        this.texts = new ComplianceCheckTexts(this);
        // a queued or running check refreshes by itself until it is done
        this.whileBusy = new WhileBusy(this, ComplianceChecksView.POLL_MILLIS,
                () -> check != null && ComplianceCheckTexts.busy(check), this::reload);
        addClassName("view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(ID).flatMap(ComplianceCheckView::parse);
        var found = id.flatMap(queries::check);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        check = found.get();
        show();
    }

    static Optional<CheckId> parse(String text) {
        try {
            return Optional.of(CheckId.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show() {
        removeAll();
        if (check == null) {
            return;
        }
        // the buttons are the check's own steps for this user, never this page's reading of its state
        var shown = queries.detail(check.id());
        var current = shown.record();
        check = current;
        whileBusy.follow();
        var back = new RouterLink(getTranslation("compliance.check.back-to-list"), ComplianceChecksView.class);
        back.setId("check-back");
        add(back, new H2(getPageTitle()));
        var status = new Span(status(current));
        status.setId("check-status");
        add(status);
        var actions = new Div();
        actions.addClassName("toolbar");
        if (offers(shown, CheckStep.RUN_AGAIN)) {
            var again = new Button(getTranslation("compliance.check.run-again"));
            // one run per click: disabled in the browser at once, enabled again only if refused
            again.setDisableOnClick(true);
            again.addClickListener(e -> again.setEnabled(!Attempt.run(this, "compliance.check.started", () -> {
                run.start(current.period(), current.process());
                reload();
            })));
            again.setId("check-run-again");
            actions.add(again);
        }
        // also a check whose last run was interrupted closes on the results before it, as the rule says
        if (offers(shown, CheckStep.CLOSE)) {
            var close = new Button(getTranslation("compliance.check.close"), e -> Irreversible.confirm(
                    getTranslation("compliance.check.close.title", getPageTitle()),
                    getTranslation("compliance.check.close.consequence"), getTranslation("compliance.check.close"),
                    "check-close", () -> Attempt.run(this, "compliance.check.closed-done", () -> {
                        run.close(current.id());
                        reload();
                    })));
            close.setId("check-close");
            close.addThemeVariants(ButtonVariant.ERROR);
            actions.add(close);
        }
        add(actions);
        var report = queries.report(current.id());
        if (report.isEmpty()) {
            var none = new Paragraph(getTranslation("compliance.check.no-results"));
            none.setId("check-no-results");
            add(none);
            return;
        }
        add(reportLinks(current));
        showReport(report.get());
    }

    /** The inspection report to download, for every reader: a draft until the check is closed. */
    private Div reportLinks(CheckEntry current) {
        var pdf = reportLink(current, DocumentFormat.PDF, "check-report-pdf", "inspection.download.pdf");
        var excel = reportLink(current, DocumentFormat.EXCEL, "check-report-xlsx", "inspection.download.excel");
        var note = new Span(getTranslation(current.closed() ? "inspection.download.kept" : "inspection.download.draft"));
        note.setId("check-report-note");
        note.addClassName("muted");
        var links = new Div(pdf, excel, note);
        links.setId("check-report");
        links.addClassName("export-links");
        return links;
    }

    private Anchor reportLink(CheckEntry current, DocumentFormat format, String id, String text) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> reports.download(current.id(), format)
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length))
                .orElseGet(() -> DownloadResponse.error(404))), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(text)));
        anchor.setId(id);
        anchor.addClassName("export-link");
        return anchor;
    }

    private static boolean offers(WithSteps<CheckEntry, CheckStep> shown, CheckStep kind) {
        return shown.step(kind).filter(Step::isOpen).isPresent();
    }

    private void reload() {
        check = check == null ? null : queries.check(check.id()).orElse(check);
        show();
    }

    private String status(CheckEntry current) {
        var parts = new ArrayList<String>();
        parts.add(current.closed() ? getTranslation("compliance.check.state.closed") : texts.state(current));
        // a queued or running run is the requester's, not the one who ran the results shown
        if (!current.closed() && ComplianceCheckTexts.busy(current)) {
            requests.requestedBy(current.id()).ifPresent(by -> parts.add(getTranslation(
                    "compliance.check.requested-by", RunTexts.actor(this, by, names))));
        }
        current.lastRunAt().ifPresent(at -> parts.add(getTranslation("compliance.check.last-run",
                Formats.dateTime(at), RunTexts.actor(this, current.lastRunBy().orElse(""), names))));
        current.closedAt().ifPresent(at -> parts.add(getTranslation("compliance.check.closed-by",
                Formats.dateTime(at), names.apply(current.closedBy().orElse("")))));
        current.failure().ifPresent(f -> parts.add(getTranslation("compliance.check.failure",
                RunTexts.failure(this, f))));
        return String.join(" · ", parts);
    }

    private void showReport(CheckReport report) {
        var overall = new Div(new Span(getTranslation("compliance.check.overall", texts.rateWithCases(report.overall()),
                Formats.number(report.run().events()))));
        overall.setId("check-overall");
        overall.addClassName("check-overall");
        add(overall);

        add(new H3(getTranslation("compliance.check.by-process")));
        var chart = new Div(new Svg(ComplianceCheckChart.svg(report.processes(), texts)));
        chart.setId("check-chart");
        chart.setWidthFull();
        add(chart, processGrid(report.processes()));

        add(new H3(getTranslation("compliance.check.by-type")), typeGrid(report.byType()));
        add(new H3(getTranslation("compliance.check.by-step")), stepGrid(report));
        add(new H3(getTranslation("compliance.check.worst")), worstGrid(report.worstCases()));
        add(new H3(getTranslation("compliance.check.unknown")));
        var unknownNote = new Paragraph(getTranslation("compliance.check.unknown.note"));
        unknownNote.addClassName("muted");
        add(unknownNote, unknownGrid(report.unknownProcesses()));
        var rules = new Paragraph(getTranslation("compliance.check.rules"));
        rules.addClassName("muted");
        rules.setId("check-rules");
        add(rules);
    }

    private Grid<ProcessResult> processGrid(List<ProcessResult> processes) {
        var grid = new Grid<ProcessResult>();
        grid.setId("check-processes");
        grid.addColumn(p -> p.processCode()).setHeader(getTranslation("compliance.check.column.process"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.name().map(texts::name).orElse(ComplianceCheckTexts.NONE))
                .setHeader(getTranslation("compliance.check.column.name")).setAutoWidth(true);
        grid.addColumn(p -> Formats.number(p.rate().evaluated()))
                .setHeader(getTranslation("compliance.check.column.cases")).setAutoWidth(true);
        grid.addColumn(p -> Formats.number(p.rate().compliant()))
                .setHeader(getTranslation("compliance.check.column.compliant")).setAutoWidth(true);
        grid.addColumn(p -> texts.rate(p.rate())).setHeader(getTranslation("compliance.check.column.rate"))
                .setAutoWidth(true);
        grid.addColumn(p -> Formats.number(p.events())).setHeader(getTranslation("compliance.check.column.events"))
                .setAutoWidth(true);
        grid.addColumn(p -> Formats.number(p.withoutVersion()))
                .setHeader(getTranslation("compliance.check.column.without-version")).setAutoWidth(true);
        grid.setItems(processes);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("compliance.check.no-processes"));
        return grid;
    }

    private Grid<TypeTally> typeGrid(List<TypeTally> tallies) {
        var grid = new Grid<TypeTally>();
        grid.setId("check-types");
        grid.addColumn(t -> texts.type(t.type())).setHeader(getTranslation("compliance.check.column.type"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.number(t.deviations()))
                .setHeader(getTranslation("compliance.check.column.deviations")).setAutoWidth(true);
        grid.addColumn(t -> Formats.number(t.cases())).setHeader(getTranslation("compliance.check.column.cases"))
                .setAutoWidth(true);
        grid.setItems(tallies);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("compliance.check.no-deviations"));
        return grid;
    }

    private record StepRow(String process, StepTally tally) {
    }

    private static String correctiveActionLink(CheckReport report, StepRow row) {
        var parameters = new java.util.LinkedHashMap<String, String>();
        parameters.put("check", report.check().id().value().toString());
        parameters.put("period", report.check().period().key());
        parameters.put("process", row.process());
        parameters.put("type", row.tally().type().name());
        if (!row.tally().stepCode().isEmpty()) {
            parameters.put("step", row.tally().stepCode());
        }
        // a case deviates at most once per type and step (its first occurrence is judged)
        parameters.put("cases", Long.toString(row.tally().deviations()));
        return "compliance/actions?" + QueryParameters.simple(parameters).getQueryString();
    }

    private Grid<StepRow> stepGrid(CheckReport report) {
        var rows = report.processes().stream().flatMap(p -> p.byStep().stream().map(s -> new StepRow(p.processCode(), s)))
                .collect(Collectors.toList());
        var grid = new Grid<StepRow>();
        grid.setId("check-steps");
        grid.addColumn(StepRow::process).setHeader(getTranslation("compliance.check.column.process"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.tally().stepCode().isEmpty() ? getTranslation("compliance.check.whole-case")
                : r.tally().stepCode()).setHeader(getTranslation("compliance.check.column.step")).setAutoWidth(true);
        grid.addColumn(r -> texts.type(r.tally().type())).setHeader(getTranslation("compliance.check.column.type"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.number(r.tally().deviations()))
                .setHeader(getTranslation("compliance.check.column.deviations")).setAutoWidth(true);
        if (permissions.may(CompliancePermission.ASSIGN_ACTIONS)) {
            // a finding becomes a corrective action: the actions page opens its form with these fields
            grid.addComponentColumn(r -> new Anchor(correctiveActionLink(report, r),
                    getTranslation("compliance.check.create-action"))).setAutoWidth(true);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("compliance.check.no-deviations"));
        return grid;
    }

    private Grid<CaseSummary> worstGrid(List<CaseSummary> cases) {
        var grid = new Grid<CaseSummary>();
        grid.setId("check-worst");
        grid.addColumn(CaseSummary::processCode).setHeader(getTranslation("compliance.check.column.process"))
                .setAutoWidth(true);
        grid.addColumn(CaseSummary::caseId).setHeader(getTranslation("compliance.check.column.case"))
                .setAutoWidth(true);
        grid.addColumn(c -> Integer.toString(c.deviations()))
                .setHeader(getTranslation("compliance.check.column.deviations")).setAutoWidth(true);
        grid.addColumn(c -> c.types().stream().map(texts::type).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("compliance.check.column.types")).setFlexGrow(1);
        grid.addColumn(texts::span).setHeader(getTranslation("compliance.check.column.span"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(c.firstEvent()))
                .setHeader(getTranslation("compliance.check.column.started")).setAutoWidth(true);
        grid.setItems(cases);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("compliance.check.no-deviations"));
        grid.addItemClickListener(e -> openCase(e.getItem()));
        return grid;
    }

    void openCase(CaseSummary summary) {
        var current = check;
        if (current != null) {
            getUI().ifPresent(ui -> ui.navigate(ComplianceCaseView.class, ComplianceCaseView.parameters(current.id(),
                    summary.processCode(), summary.caseId())));
        }
    }

    private Grid<UnknownProcess> unknownGrid(List<UnknownProcess> unknown) {
        var grid = new Grid<UnknownProcess>();
        grid.setId("check-unknown");
        grid.addColumn(UnknownProcess::processCode).setHeader(getTranslation("compliance.check.column.process"))
                .setAutoWidth(true);
        grid.addColumn(u -> Formats.number(u.cases())).setHeader(getTranslation("compliance.check.column.cases"))
                .setAutoWidth(true);
        grid.addColumn(u -> Formats.number(u.events())).setHeader(getTranslation("compliance.check.column.events"))
                .setAutoWidth(true);
        grid.setItems(unknown);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("compliance.check.no-unknown"));
        return grid;
    }

    static RouteParameters parameters(CheckId id) {
        return new RouteParameters(ID, id.toString());
    }

    @Override
    public String getPageTitle() {
        var current = check;
        return current == null ? getTranslation("compliance.check.list.title")
                : getTranslation("compliance.check.title", texts.period(current.period()),
                texts.scope(current.process()));
    }
}
