package dev.opscharter.adapters.ui.charter;

import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.application.organization.port.in.Directory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.charter.port.in.ReviseCharter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.InvalidValue;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The responsibility charter as a matrix (SPEC §1): the duty dimensions and their lines down, the
 * departments across (Operations first, then every department a line names), each cell saying
 * whether Operations owns, participates in or is excluded from the duty, who leads or owns it
 * instead, and whose sign-off it requires. Every version stays readable; the manager and the
 * director edit the charter into a new version.
 */
@Route(value = "charter", layout = MainLayout.class)
@Menu(order = 11, title = "nav.charter.matrix")
@PermitAll
class CharterView extends VerticalLayout implements HasDynamicTitle {

    /** A row of the matrix: a dimension's heading, or one of its lines. */
    record MatrixRow(DutyDimension dimension, @Nullable CharterLine line) {
    }

    static final String OPERATIONS_COLUMN = "OPERATIONS";

    private final CharterQueries queries;
    private final ReviseCharter revise;
    private final List<Department> departments;
    private final CharterTexts texts;
    private final Select<Charter> version = new Select<>();
    private final Div header = new Div();
    private final Grid<MatrixRow> matrix = new Grid<>();
    private final Button edit;
    private List<Charter> versions = List.of();
    private @Nullable Charter inForce;
    private @Nullable Charter shown;

    CharterView(CharterQueries queries, ReviseCharter revise, DepartmentQueries departmentQueries,
                Directory directory, AuthenticationContext authentication) {
        this.queries = queries;
        this.revise = revise;
        this.departments = departmentQueries.all();
        this.texts = new CharterTexts(this, departments, new DisplayNames(directory));
        addClassName("view");

        version.setId("charter-version");
        version.setLabel(getTranslation("charter.version"));
        version.setWidth("24rem");
        version.setItemLabelGenerator(this::versionLabel);
        version.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        var toolbar = new Toolbar(version);
        edit = toolbar.button("charter.edit", "charter-edit", this::openEditor);
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addThemeVariants(ButtonVariant.PRIMARY);
        edit.setVisible(authentication.hasAnyRole("OPS_MANAGER", "OPS_DIRECTOR"));

        header.setId("charter-header");
        header.addClassName("card");
        matrix.setId("charter-matrix");
        matrix.setAllRowsVisible(true);
        matrix.setSelectionMode(Grid.SelectionMode.NONE);
        var legend = new Paragraph(getTranslation("charter.matrix.legend"));
        legend.addClassName("muted");
        add(new H2(getPageTitle()), toolbar, header, legend, matrix);
        load(null);
    }

    /** Reads the versions again and shows {@code number}, or the version in force. */
    private void load(@Nullable Integer number) {
        versions = queries.versions();
        try {
            inForce = queries.inForce();
        } catch (NotFound none) {
            inForce = null;
        }
        version.setItems(versions.reversed());
        var wanted = versions.stream().filter(v -> number != null && v.number() == number).findFirst()
                .or(() -> Optional.ofNullable(inForce))
                .or(() -> versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast()));
        if (wanted.isPresent()) {
            version.setValue(wanted.get());
            show(wanted.get());
        } else {
            header.removeAll();
            header.add(new Span(getTranslation("charter.none")));
            edit.setEnabled(false);
        }
    }

    private void show(Charter charter) {
        if (charter.equals(shown)) {
            return;
        }
        shown = charter;
        showHeader(charter);
        showMatrix(charter);
        boolean latest = !versions.isEmpty() && versions.getLast().number() == charter.number();
        edit.setEnabled(latest);
        edit.setTooltipText(latest ? getTranslation("charter.edit.help")
                : getTranslation("charter.edit.only-latest", versions.isEmpty() ? 0 : versions.getLast().number()));
    }

    private void showHeader(Charter charter) {
        header.removeAll();
        var title = new H3(getTranslation("charter.header.version", charter.number()));
        title.setId("charter-version-title");
        var state = state(charter);
        state.setId("charter-state");
        var heading = new Div(title, state);
        heading.addClassName("badges");
        heading.getStyle().set("align-items", "center");
        var effective = new Span(getTranslation("charter.header.effective", Formats.date(charter.effectiveFrom())));
        effective.setId("charter-effective");
        var note = new Span(charter.note().isEmpty() ? getTranslation("charter.header.no-note")
                : getTranslation("charter.header.note", charter.note()));
        note.setId("charter-note-text");
        var recorded = new Span(getTranslation("charter.header.recorded", texts.person(charter.recordedBy()),
                Formats.dateTime(charter.recordedAt())));
        recorded.setId("charter-recorded");
        recorded.addClassName("muted");
        header.add(heading, effective, note, recorded);
    }

    private StatusBadge state(Charter charter) {
        var current = inForce;
        if (current != null && current.number() == charter.number()) {
            return new StatusBadge(getTranslation("charter.version.in-force"), StatusBadge.Tone.SUCCESS);
        }
        if (current == null || charter.number() > current.number()) {
            return new StatusBadge(getTranslation("charter.version.scheduled"), StatusBadge.Tone.WARNING);
        }
        return new StatusBadge(getTranslation("charter.version.superseded"), StatusBadge.Tone.NEUTRAL);
    }

    private String versionLabel(Charter charter) {
        var current = inForce;
        var state = current != null && current.number() == charter.number() ? "charter.version.in-force"
                : current == null || charter.number() > current.number() ? "charter.version.scheduled"
                : "charter.version.superseded";
        return getTranslation("charter.version.option", charter.number(), Formats.date(charter.effectiveFrom()),
                getTranslation(state));
    }

    private void showMatrix(Charter charter) {
        matrix.removeAllColumns();
        matrix.addComponentColumn(this::dutyCell).setHeader(getTranslation("charter.duty")).setKey("duty")
                .setFlexGrow(1).setTooltipGenerator(this::dutyInOtherLanguage).setFrozen(true)
                .setWidth("20rem");
        var operations = texts.operations();
        matrix.addComponentColumn(row -> operationsCell(row.line()))
                .setHeader(operations.map(texts::name).orElseGet(() -> getTranslation("charter.operations")))
                .setKey(OPERATIONS_COLUMN).setAutoWidth(true).setFlexGrow(0);
        for (var id : namedDepartments(charter, operations.map(Department::id))) {
            var department = texts.department(id);
            matrix.addComponentColumn(row -> departmentCell(row.line(), id))
                    .setHeader(texts.name(id))
                    .setKey(department.map(d -> d.code().value()).orElse(id.toString()))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        var rows = new ArrayList<MatrixRow>();
        for (var dimension : charter.dimensions()) {
            rows.add(new MatrixRow(dimension, null));
            dimension.lines().forEach(line -> rows.add(new MatrixRow(dimension, line)));
        }
        matrix.setItems(rows);
    }

    /** The departments the charter's lines name, in the order they first appear. */
    private static List<DepartmentId> namedDepartments(Charter charter, Optional<DepartmentId> operations) {
        var named = new LinkedHashSet<DepartmentId>();
        charter.lines().forEach(line -> line.department().ifPresent(named::add));
        operations.ifPresent(named::remove);
        return List.copyOf(named);
    }

    private Component dutyCell(MatrixRow row) {
        var line = row.line();
        if (line == null) {
            var name = new Span(row.dimension().name().in(texts.language()));
            name.getStyle().set("font-weight", "700");
            return name;
        }
        var text = new Span(line.text(texts.language()));
        text.getStyle().set("display", "block").set("padding-inline-start", "1rem").set("white-space", "normal");
        return text;
    }

    private String dutyInOtherLanguage(MatrixRow row) {
        var line = row.line();
        return line == null ? row.dimension().name().in(texts.otherLanguage())
                : line.text(texts.otherLanguage()) + " · " + line.dutyType().code();
    }

    private Component operationsCell(@Nullable CharterLine line) {
        if (line == null) {
            return new Span();
        }
        return new StatusBadge(texts.involvement(line.involvement()), texts.tone(line.involvement()));
    }

    private Component departmentCell(@Nullable CharterLine line, DepartmentId department) {
        var cell = new Span();
        if (line == null || !line.department().equals(Optional.of(department))) {
            return cell;
        }
        cell.addClassName("badges");
        cell.add(line.involvement() == Involvement.PARTICIPATE
                ? new StatusBadge(getTranslation("charter.cell.leads"), StatusBadge.Tone.NEUTRAL)
                : new StatusBadge(getTranslation("charter.cell.owner"), StatusBadge.Tone.NEUTRAL));
        line.signOff().ifPresent(authority ->
                cell.add(new StatusBadge(texts.signOff(authority), StatusBadge.Tone.WARNING)));
        return cell;
    }

    private void openEditor() {
        var base = shown;
        if (base == null) {
            return;
        }
        var named = new LinkedHashSet<DepartmentId>();
        base.lines().forEach(line -> line.department().ifPresent(named::add));
        var choices = departments.stream().filter(d -> d.active() || named.contains(d.id()))
                .filter(d -> texts.operations().map(ops -> !ops.id().equals(d.id())).orElse(true))
                .sorted(Comparator.comparing(texts::name)).toList();
        var editor = new CharterEditor(base, choices, texts);
        var dialog = new FormDialog(getTranslation("charter.edit.title", base.number()),
                getTranslation("charter.edit.save"), "charter-edit", editor, () -> save(editor, base.number()));
        dialog.setWidth("min(1320px, 96vw)");
        dialog.open();
    }

    private boolean save(CharterEditor editor, int basedOn) {
        var dimensions = editor.dimensions();
        if (dimensions.isEmpty()) {
            return false;
        }
        var saved = new int[1];
        boolean done = editor.errors().run(() -> {
            try {
                saved[0] = revise.revise(dimensions.get(), editor.effectiveFrom(), editor.note(), basedOn);
            } catch (InvalidValue invalid) {
                editor.showOnLines(invalid);
                throw invalid;
            }
        });
        if (done) {
            FormErrors.success(this, getTranslation("charter.revised", saved[0]));
            shown = null;
            load(saved[0]);
        }
        return done;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("charter.title");
    }
}
