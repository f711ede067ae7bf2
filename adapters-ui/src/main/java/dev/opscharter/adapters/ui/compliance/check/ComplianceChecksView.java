package dev.opscharter.adapters.ui.compliance.check;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.RunTexts;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.StatusBadge.Tone;
import dev.opscharter.adapters.ui.shared.WhileBusy;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.application.compliance.CheckFilter;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.ProcessChoice;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compliance checks: each period checked, for every process or one, with its state and overall
 * rate. Managers and specialists run a check for any period from the dialog; the run happens in the
 * background, and the page follows it (queued, running, done, failed) until it ends.
 */
@Route(value = "compliance/checks", layout = MainLayout.class)
@Menu(order = 42, title = "nav.compliance.checks")
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST", "AUDITOR"})
class ComplianceChecksView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 2000;

    private final ComplianceCheckQueries queries;
    private final RunComplianceCheck run;
    private final ComplianceCheckTexts texts;
    private final RecordList<CheckEntry, CheckFilter> list;
    private final WhileBusy whileBusy;
    /** The rows read since the last refresh, by id: polling goes on while one of them is busy. */
    private final Map<CheckId, CheckEntry> shown = new HashMap<>();

    ComplianceChecksView(ComplianceCheckQueries queries, RunComplianceCheck run, AuthenticationContext authentication) {
        this.queries = queries;
        this.run = run;
        this.texts = new ComplianceCheckTexts(this);
        this.whileBusy = new WhileBusy(this, POLL_MILLIS, () -> shown.values().stream().anyMatch(ComplianceCheckTexts::busy),
                this::refresh);
        addClassName("view");
        setWidthFull();
        // paged and sorted in the database; a period checked for many processes makes many rows
        list = new RecordList<>("checks", RecordSource.of((CheckFilter filter, PageRequest page) -> {
            var rows = queries.page(filter, page);
            rows.forEach(row -> shown.put(row.id(), row));
            return rows;
        }, queries::count), CheckEntry::id, () -> CheckFilter.ALL);
        list.title(getPageTitle());
        var intro = new Paragraph(getTranslation("compliance.check.list.intro"));
        intro.addClassName("muted");
        list.getElement().insertChild(1, intro.getElement());
        if (authentication.hasAnyRole("OPS_MANAGER", "OPS_SPECIALIST")) {
            var runButton = list.action("compliance.check.run", "check-run", this::openRunDialog);
            runButton.setIcon(VaadinIcon.PLAY.create());
            runButton.addThemeVariants(ButtonVariant.PRIMARY);
        }
        list.action("compliance.check.refresh", "check-refresh", this::refresh);
        list.emptyState("compliance.check.list.empty", null);
        configureColumns();
        list.onClick(this::open);
        add(list);
        refresh();
    }

    private void configureColumns() {
        list.column("compliance.check.column.period", c -> texts.period(c.period()), "period").setAutoWidth(true);
        list.column("compliance.check.column.scope", c -> texts.scope(c.process()), null).setAutoWidth(true);
        list.badgeColumn("compliance.check.column.state", this::stateBadge).setSortProperty("state");
        list.column("compliance.check.column.rate", c -> c.overall().map(texts::rate).orElse(ComplianceCheckTexts.NONE),
                null).setAutoWidth(true);
        list.column("compliance.check.column.cases",
                c -> c.overall().map(r -> Formats.number(r.evaluated())).orElse(ComplianceCheckTexts.NONE), null)
                .setAutoWidth(true);
        list.column("compliance.check.column.last-run",
                c -> c.lastRunAt().map(Formats::dateTime).orElse(ComplianceCheckTexts.NONE), null).setAutoWidth(true);
    }

    private StatusBadge stateBadge(CheckEntry check) {
        if (check.closed()) {
            return new StatusBadge(getTranslation("compliance.check.state.closed"), Tone.NEUTRAL);
        }
        var tone = switch (check.state()) {
            case QUEUED, RUNNING -> Tone.WARNING;
            case DONE -> Tone.SUCCESS;
            case FAILED -> Tone.ERROR;
        };
        var badge = new StatusBadge(texts.state(check), tone);
        check.failure().ifPresent(failure -> badge.getElement().setAttribute("title", RunTexts.failure(this, failure)));
        return badge;
    }

    private void open(CheckEntry check) {
        getUI().ifPresent(ui -> ui.navigate(ComplianceCheckView.class,
                new RouteParameters(ComplianceCheckView.ID, check.id().toString())));
    }

    /**
     * Reads the list again. The grid fetches its rows only when the browser asks, so the first page is
     * read here as well: whether to keep polling is known now, not after the next round trip.
     */
    void refresh() {
        shown.clear();
        queries.page(CheckFilter.ALL, PageRequest.first(RecordList.PAGE_SIZE)).forEach(row -> shown.put(row.id(), row));
        list.refresh(null);
        whileBusy.follow();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
    }

    /** The periods offered: the quarters of this year and the last two, and those years. */
    static List<Period> periods(LocalDate today) {
        var periods = new ArrayList<Period>();
        var quarter = Period.quarterOf(today);
        for (var q : quarter.trailing(12).reversed()) {
            periods.add(q);
        }
        for (int year = today.getYear(); year > today.getYear() - 3 && year >= Period.MIN_YEAR; year--) {
            periods.add(new Period.Year(year));
        }
        return periods;
    }

    private void openRunDialog() {
        var today = LocalDate.now(Formats.timeZone());
        var period = new ComboBox<Period>(getTranslation("compliance.check.dialog.period"));
        period.setId("check-period");
        period.setItems(periods(today));
        period.setItemLabelGenerator(texts::period);
        period.setValue(Period.quarterOf(today).previous());
        period.setRequired(true);
        // any other period is typed as 2011-Q2 or 2011: imported logs may be years old
        period.setAllowCustomValue(true);
        period.setHelperText(getTranslation("compliance.check.dialog.period.help"));
        // what the user typed last, when it was no period: then nothing may run, not even the default
        var refused = new String[1];
        period.addCustomValueSetListener(typed -> {
            try {
                var chosen = Period.parse(typed.getDetail());
                var items = new ArrayList<>(periods(today));
                if (!items.contains(chosen)) {
                    items.addFirst(chosen);
                }
                period.setItems(items);
                period.setValue(chosen);
                refused[0] = null;
                period.setInvalid(false);
            } catch (InvalidValue invalid) {
                refused[0] = getTranslation(invalid.messageKey(), invalid.arguments().toArray());
                period.clear();
                period.setErrorMessage(refused[0]);
                period.setInvalid(true);
            }
        });
        period.addValueChangeListener(chosen -> {
            if (chosen.isFromClient() && chosen.getValue() != null) {
                refused[0] = null;
            }
        });
        var process = new ComboBox<ProcessChoice>(getTranslation("compliance.check.dialog.process"));
        process.setId("check-process");
        process.setItems(queries.processes());
        process.setItemLabelGenerator(p -> p.code().value() + " · " + texts.name(p.name()));
        process.setPlaceholder(getTranslation("compliance.check.scope.all"));
        process.setClearButtonVisible(true);
        var form = new FormLayout(period, process);
        var note = new Paragraph(getTranslation("compliance.check.dialog.note"));
        note.addClassName("muted");
        form.add(note);
        var dialog = new FormDialog(getTranslation("compliance.check.dialog.title"),
                getTranslation("compliance.check.dialog.start"), "check-run", form, () -> {
            if (refused[0] != null || period.getValue() == null) {
                period.setErrorMessage(refused[0] != null ? refused[0] : getTranslation("validation.required"));
                period.setInvalid(true);
                return false;
            }
            boolean started = Attempt.run(this, new FormErrors(this).bind("period", period),
                    "compliance.check.started", () -> run.start(period.getValue(),
                    Optional.ofNullable(process.getValue()).map(ProcessChoice::code)));
            if (started) {
                refresh();
            }
            return started;
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.check.list.title");
    }
}
