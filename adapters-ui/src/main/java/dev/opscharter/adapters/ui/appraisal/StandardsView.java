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
import com.vaadin.flow.component.select.Select;
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
import dev.opscharter.application.appraisal.port.in.StandardsQueries;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The appraisal standards: the thresholds in force for a chosen quarter, and every version with what
 * it changed and why. The director adjusts them from a quarter on (of this year or later) with a note,
 * after seeing which periods the change would re-judge; everyone else of the operations team reads.
 */
@Route(value = "appraisal/standards", layout = MainLayout.class)
@Menu(order = 21, title = "nav.appraisal.standards")
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST"})
@StyleSheet("./assets/appraisal.css")
class StandardsView extends VerticalLayout implements HasDynamicTitle {

    private final ScorecardQueries queries;
    private final StandardsQueries standardsQueries;
    private final ManageStandards manage;
    private final ScorecardTexts texts;
    private final IntegerField year = new IntegerField();
    private final Select<Integer> quarter = new Select<>();
    private final Div inForce = new Div();
    private final Grid<Part> thresholds = new Grid<>();
    private final Grid<AppraisalStandards> history = new Grid<>();
    private List<AppraisalStandards> versions = List.of();
    private AppraisalStandards shown;

    StandardsView(ScorecardQueries queries, StandardsQueries standardsQueries, ManageStandards manage,
                  I18NProvider i18n, Directory directory, AuthenticationContext authentication) {
        this.queries = queries;
        this.standardsQueries = standardsQueries;
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
        year.addValueChangeListener(e -> showChosen());
        quarter.setId("standards-quarter");
        quarter.setLabel(getTranslation("appraisal.standards.quarter-shown"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("appraisal.standards.quarter", q));
        quarter.setValue(Period.quarterOf(today()).quarter());
        quarter.addValueChangeListener(e -> showChosen());
        var toolbar = new Div(year, quarter);
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
        this.shown = standardsQueries.standardsIn(Period.quarterOf(today()));
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
        history.addColumn(v -> texts.period(v.from())).setHeader(getTranslation("appraisal.column.from-year"))
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
        showChosen();
    }

    private void showChosen() {
        var chosenYear = year.getValue();
        if (chosenYear == null || chosenYear < Period.MIN_YEAR || chosenYear > Period.MAX_YEAR
                || quarter.getValue() == null) {
            return;
        }
        var chosen = new Period.Quarter(chosenYear, quarter.getValue());
        new FormErrors(this).run(() -> {
            shown = standardsQueries.standardsIn(chosen);
            inForce.setText(getTranslation("appraisal.standards.in-force", texts.period(chosen),
                    Integer.toString(shown.number()), texts.period(shown.from()),
                    shown.note().isEmpty() ? getTranslation("appraisal.standards.charter-note") : shown.note()));
            thresholds.getDataProvider().refreshAll();
        });
    }

    private void adjust() {
        var latest = versions.stream().max(Comparator.comparingInt(AppraisalStandards::number)).orElseThrow();
        var form = new StandardsForm(latest, Period.quarterOf(today()), texts);
        form.onChange(() -> preview(form));
        preview(form);
        var dialog = new FormDialog(getTranslation("appraisal.standards.adjust.title", Integer.toString(
                latest.number() + 1)), getTranslation("appraisal.action.save"), "standards", form, () -> {
                    var saved = form.errors().run(() -> {
                        var from = form.from();
                        var typed = form.thresholds();
                        // judged again on saving: what is saved is what the director sees and confirms
                        form.preview().show(standardsQueries.preview(from, typed));
                        int number = manage.adjust(from, typed, form.note(), latest.number(),
                                form.preview().confirmedRejudging());
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

    /** The preview follows the form as it is typed; until the quarter and thresholds can be judged, it waits. */
    private void preview(StandardsForm form) {
        try {
            form.preview().show(standardsQueries.preview(form.from(), form.thresholds()));
        } catch (InvalidValue | RuleViolation notYet) {
            form.preview().unavailable();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.timeZone());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appraisal.standards.title");
    }
}
