package dev.opscharter.adapters.ui.appraisal;

import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.application.organization.port.in.Directory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.appraisal.export.ScorecardTexts;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.appraisal.port.in.ManageStandards;
import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.shared.Period;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The appraisal standards: the thresholds in force for a chosen year, and every version with what
 * it changed and why. The director adjusts them from a year on (this year or later) with a note;
 * everyone else of the operations team reads.
 */
@Route(value = "appraisal/standards", layout = MainLayout.class)
@Menu(order = 21, title = "nav.appraisal.standards")
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST"})
@StyleSheet("./assets/appraisal.css")
class StandardsView extends VerticalLayout implements HasDynamicTitle {

    private final ScorecardQueries queries;
    private final ManageStandards manage;
    private final ScorecardTexts texts;
    private final IntegerField year = new IntegerField();
    private final Div inForce = new Div();
    private final Grid<Part> thresholds = new Grid<>();
    private final Grid<AppraisalStandards> history = new Grid<>();
    private List<AppraisalStandards> versions = List.of();
    private AppraisalStandards shown;

    StandardsView(ScorecardQueries queries, ManageStandards manage, I18NProvider i18n, Directory directory,
                  AuthenticationContext authentication) {
        this.queries = queries;
        this.manage = manage;
        this.texts = new ScorecardTexts(i18n, Formats.locale(), Formats.timeZone(), new DisplayNames(directory));
        addClassNames("view", "appraisal-view");
        setWidthFull();

        year.setId("standards-year");
        year.setLabel(getTranslation("appraisal.standards.year"));
        year.setMin(Period.MIN_YEAR);
        year.setMax(Period.MAX_YEAR);
        year.setStepButtonsVisible(true);
        year.setValue(today().getYear());
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= Period.MIN_YEAR && e.getValue() <= Period.MAX_YEAR) {
                showYear(e.getValue());
            }
        });
        var toolbar = new Div(year);
        toolbar.addClassName("toolbar");
        if (authentication.hasRole("OPS_DIRECTOR")) {
            var adjust = new Button(getTranslation("appraisal.standards.adjust"), VaadinIcon.EDIT.create(),
                    e -> adjust());
            adjust.setId("standards-adjust");
            adjust.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(adjust);
        }
        inForce.setId("standards-in-force");
        inForce.addClassName("muted");
        configureThresholds();
        configureHistory();
        this.shown = queries.standardsFor(year.getValue());
        add(new H2(getPageTitle()), toolbar, inForce, thresholds,
                new H3(getTranslation("appraisal.standards.history")), history);
        refresh();
    }

    private void configureThresholds() {
        thresholds.setId("standards-grid");
        thresholds.addColumn(p -> texts.indicator(p.indicator())).setHeader(getTranslation("appraisal.column.indicator"))
                .setAutoWidth(true);
        thresholds.addColumn(texts::part).setHeader(getTranslation("appraisal.column.part")).setAutoWidth(true);
        thresholds.addColumn(p -> texts.standard(p, shown)).setHeader(getTranslation("appraisal.column.standard"))
                .setAutoWidth(true);
        thresholds.addColumn(p -> texts.standard(new Threshold(p.direction(), p.charterThreshold()), p.unit()))
                .setHeader(getTranslation("appraisal.column.charter")).setAutoWidth(true);
        thresholds.addColumn(p -> getTranslation("appraisal.basis." + p.basis().name()))
                .setHeader(getTranslation("appraisal.column.basis")).setAutoWidth(true);
        thresholds.addColumn(p -> p.veto() ? getTranslation("appraisal.veto") : "")
                .setHeader(getTranslation("appraisal.column.veto")).setAutoWidth(true);
        thresholds.setItems(Arrays.asList(Part.values()));
        thresholds.setAllRowsVisible(true);
    }

    private void configureHistory() {
        history.setId("standards-history");
        history.addColumn(v -> "v" + v.number()).setHeader(getTranslation("appraisal.column.version"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(v -> Integer.toString(v.fromYear())).setHeader(getTranslation("appraisal.column.from-year"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(this::changes).setHeader(getTranslation("appraisal.column.changes")).setFlexGrow(2);
        history.addColumn(AppraisalStandards::note).setHeader(getTranslation("appraisal.column.note")).setFlexGrow(1);
        history.addColumn(standards -> texts.person(standards.recordedBy())).setHeader(getTranslation("appraisal.column.recorded-by"))
                .setAutoWidth(true);
        history.addColumn(v -> texts.dateTime(v.recordedAt()))
                .setHeader(getTranslation("appraisal.column.recorded-at")).setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("appraisal.standards.no-history"));
    }

    /** What a version changed against the one before it: "Customer satisfaction ≥ 90% → ≥ 92%". */
    private String changes(AppraisalStandards version) {
        var before = versions.stream().filter(v -> v.number() == version.number() - 1).findFirst();
        if (before.isEmpty()) {
            return getTranslation("appraisal.standards.first-version");
        }
        var changed = Arrays.stream(Part.values())
                .filter(p -> version.thresholds().get(p).compareTo(before.get().thresholds().get(p)) != 0)
                .map(p -> texts.part(p) + " " + texts.standard(p, before.get()) + " → " + texts.standard(p, version))
                .collect(Collectors.joining(getTranslation("appraisal.list-separator")));
        return changed.isEmpty() ? getTranslation("appraisal.standards.no-change") : changed;
    }

    private void refresh() {
        versions = queries.standardsHistory();
        history.setItems(versions.stream().sorted(Comparator.comparingInt(AppraisalStandards::number).reversed())
                .toList());
        var chosen = year.getValue();
        showYear(chosen == null ? today().getYear() : chosen);
    }

    private void showYear(int chosenYear) {
        new FormErrors(this).run(() -> {
            shown = queries.standardsFor(chosenYear);
            inForce.setText(getTranslation("appraisal.standards.in-force", Integer.toString(chosenYear),
                    Integer.toString(shown.number()), Integer.toString(shown.fromYear()),
                    shown.note().isEmpty() ? getTranslation("appraisal.standards.charter-note") : shown.note()));
            thresholds.getDataProvider().refreshAll();
        });
    }

    private void adjust() {
        var latest = versions.stream().max(Comparator.comparingInt(AppraisalStandards::number)).orElseThrow();
        var firstYear = today().getYear();
        var form = new StandardsForm(latest, firstYear, texts);
        var dialog = new FormDialog(getTranslation("appraisal.standards.adjust.title", Integer.toString(
                latest.number() + 1)), getTranslation("appraisal.action.save"), "standards", form, () -> {
                    var saved = form.errors().run(() -> {
                        int number = manage.adjust(form.fromYear(), form.thresholds(), form.note(), latest.number());
                        FormErrors.success(this, getTranslation("appraisal.standards.saved",
                                Integer.toString(number)));
                    });
                    refresh();
                    return saved;
                });
        dialog.allowReload("standards-reload", () -> {
            dialog.close();
            refresh();
            adjust();
        });
        dialog.open();
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.timeZone());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appraisal.standards.title");
    }
}
