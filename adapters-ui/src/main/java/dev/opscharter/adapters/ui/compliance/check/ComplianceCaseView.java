package dev.opscharter.adapters.ui.compliance.check;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.Paging;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CaseDetail;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.TimelineEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.Deviation;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * One case of a check: its deviations, each explained in a sentence with durations in days, hours and
 * minutes, and its events on a timeline (when, which step, by which role, and how long after the event
 * before), each event carrying the deviations found at it. A case may hold a million events and as many
 * deviations: both lists are lazy grids that read one page at a time from the database.
 */
@Route(value = "compliance/checks/:" + ComplianceCaseView.ID + "/cases/:" + ComplianceCaseView.PROCESS + "/:"
        + ComplianceCaseView.CASE, layout = MainLayout.class)
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST", "AUDITOR"})
class ComplianceCaseView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID = "id";
    static final String PROCESS = "process";
    static final String CASE = "case";

    private final ComplianceCheckQueries queries;
    private final ComplianceCheckTexts texts;
    private @Nullable CaseDetail detail;

    ComplianceCaseView(ComplianceCheckQueries queries) {
        this.queries = queries;
        this.texts = new ComplianceCheckTexts(this);
        addClassName("view");
        setWidthFull();
    }

    static RouteParameters parameters(CheckId check, String process, String caseId) {
        return new RouteParameters(Map.of(ID, check.toString(), PROCESS, segment(process), CASE, segment(caseId)));
    }

    /**
     * A value as one path segment. Case ids are the business's own and may hold '#', '?', '/' or
     * '%', which the router would take as the URL's fragment, query or another segment: it neither
     * encodes nor decodes route parameters, so the view does both.
     */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Optional<String> fromSegment(Optional<String> segment) {
        try {
            return segment.map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        var check = parameters.get(ID).flatMap(ComplianceCheckView::parse);
        var process = fromSegment(parameters.get(PROCESS));
        var caseId = fromSegment(parameters.get(CASE));
        if (check.isEmpty() || process.isEmpty() || caseId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var found = queries.caseDetail(check.get(), process.get(), caseId.get());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        detail = found.get();
        show(found.get());
    }

    private void show(CaseDetail d) {
        removeAll();
        var back = new RouterLink(getTranslation("compliance.check.back-to-check", texts.period(d.check().period())),
                ComplianceCheckView.class, ComplianceCheckView.parameters(d.check().id()));
        back.setId("case-back");
        add(back, new H2(getPageTitle()));
        var version = d.version().map(v -> getTranslation("compliance.case.version", v.number(),
                Formats.date(v.effectiveFrom()))).orElse(getTranslation("compliance.case.no-version"));
        var subtitle = new Paragraph(d.processName().map(texts::name).orElse(d.processCode()) + " · " + version);
        subtitle.addClassName("muted");
        add(subtitle);

        var verdict = new Div();
        verdict.setId("case-verdict");
        verdict.setText(d.deviations() == 0 ? getTranslation("compliance.case.compliant")
                : getTranslation("compliance.case.deviating", d.deviations()));
        add(verdict);

        if (d.deviations() > 0) {
            add(new H3(getTranslation("compliance.case.deviations")), deviations(d));
        }
        add(new H3(getTranslation("compliance.case.timeline") + " · "
                + getTranslation("compliance.case.event-count", d.events())), timeline(d));
    }

    private Grid<Deviation> deviations(CaseDetail d) {
        var grid = new Grid<Deviation>();
        grid.setId("case-deviations");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(deviation -> {
            var type = new Span(texts.type(deviation.type()));
            type.getStyle().set("color", ComplianceCheckChart.colour(deviation.type())).set("font-weight", "600")
                    .set("margin-right", "0.5em");
            return new Span(type, new Span(texts.explain(deviation, d.version())));
        });
        grid.setItems(query -> queries.caseDeviations(d.check().id(), d.processCode(), d.caseId(), Paging.of(query))
                .stream(), query -> d.deviations());
        grid.setHeight(Math.min(d.deviations(), 8) * 2.6 + 1 + "rem");
        return grid;
    }

    private Grid<TimelineEntry> timeline(CaseDetail d) {
        var grid = new Grid<TimelineEntry>();
        grid.setId("case-timeline");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(entry -> eventEntry(d, entry));
        grid.setItems(query -> queries.caseTimeline(d.check().id(), d.processCode(), d.caseId(), Paging.of(query))
                .stream(), query -> d.events());
        grid.setHeight(Math.min(d.events(), 12) * 2.6 + 1 + "rem");
        return grid;
    }

    private Div eventEntry(CaseDetail d, TimelineEntry entry) {
        var event = entry.event();
        var row = new Div();
        row.addClassName("case-event");
        var known = d.version().flatMap(v -> v.step(event.stepCode()));
        var when = new Span(Formats.dateTime(event.occurredAt()));
        when.getStyle().set("color", "#6b7280").set("margin-right", "0.75em");
        var step = new Span(event.stepCode() + known.map(s -> " · " + texts.name(s.name())).orElse(""));
        step.getStyle().set("font-weight", "600").set("margin-right", "0.75em");
        var role = new Span(getTranslation("compliance.case.by", event.actorRole()));
        row.add(when, step, role);
        entry.sincePrevious().ifPresent(since -> {
            var gap = new Span(getTranslation("compliance.case.after", texts.duration(since)));
            gap.getStyle().set("color", "#6b7280").set("margin-left", "0.75em");
            row.add(gap);
        });
        for (var deviation : entry.deviations()) {
            var note = new Div(new Span("⚠ " + texts.explain(deviation, d.version())));
            note.getStyle().set("color", ComplianceCheckChart.colour(deviation.type())).set("font-size", "0.9em");
            row.add(note);
        }
        row.getStyle().set("border-left", "3px solid #cfd8dc").set("padding", "0.25rem 0.5rem")
                .set("background", entry.deviations().isEmpty() ? "transparent" : "#fff4f2");
        return row;
    }

    @Override
    public String getPageTitle() {
        var d = detail;
        return d == null ? getTranslation("compliance.case.title", "", "")
                : getTranslation("compliance.case.title", d.caseId(), d.processCode());
    }
}
