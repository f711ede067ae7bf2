package dev.opscharter.adapters.ui.team;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.RecordHistory;
import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.shared.kit.EmptyState;
import dev.opscharter.adapters.ui.shared.kit.PeriodField;
import dev.opscharter.application.team.port.in.RecordAppraisals;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.application.team.port.in.TeamQueries.Member;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.team.AppraisalResult;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The appraisal results of a quarter (季度考核): each person's score, passed or failed against the pass mark kept
 * with the result, who reviewed and who recorded it; the quarter's pass rate. Those who record enter a result and
 * correct a score; the Operations staff without a result yet are named. Ids: {@code team-quarter},
 * {@code team-pass-rate}, {@code team-appraisal-record}, {@code team-appraisal-correct},
 * {@code team-appraisal-history}, {@code team-appraisals-grid}, {@code team-appraisals-empty},
 * {@code team-appraisal-pending}. A result's history (the audit trail) is for those who may read the trail.
 */
final class AppraisalsPanel extends Composite<VerticalLayout> {

    /** How many years back the quarter picker offers (older ones are typed). */
    static final int YEARS_OFFERED = 3;

    private final TeamQueries queries;
    private final TeamTexts texts;
    private final PeriodField quarter;
    private final Span passRate = new Span();
    private final Span pending = new Span();
    private final Grid<AppraisalResult> grid = new Grid<>();
    private final Button correct;
    private final Button history;
    private Optional<Period.Quarter> shown = Optional.empty();

    /**
     * @param me             the signed-in user, the reviewer unless another is chosen
     * @param mayRecord      whether the user may record and correct results (the use cases check it again)
     * @param mayReadHistory whether the user may read the audit trail, where a result's history button leads
     */
    AppraisalsPanel(TeamQueries queries, RecordAppraisals record, TeamTexts texts, Member me, boolean mayRecord,
                    boolean mayReadHistory) {
        this.queries = queries;
        this.texts = texts;
        var today = LocalDate.now(Formats.timeZone());
        quarter = new PeriodField("team-quarter", PeriodField.recent(today, YEARS_OFFERED).stream()
                .filter(Period.Quarter.class::isInstance).toList());
        quarter.setLabel(texts.t("team.appraisal.quarter"));
        quarter.setValue(Period.quarterOf(today));
        quarter.addValueChangeListener(e -> refresh());
        passRate.setId("team-pass-rate");
        var header = new HorizontalLayout(quarter, passRate);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        var forms = new AppraisalForms(this, record, queries, texts, me, this::refresh);
        var toolbar = new Toolbar();
        var add = toolbar.button("team.appraisal.record", "team-appraisal-record",
                () -> shown.ifPresent(forms::record));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(mayRecord);
        correct = toolbar.button("team.appraisal.correct", "team-appraisal-correct",
                () -> grid.getSelectedItems().stream().findFirst().ifPresent(forms::correct));
        correct.setVisible(mayRecord);
        correct.setEnabled(false);
        history = toolbar.button("kit.record.history", "team-appraisal-history", () -> grid.getSelectedItems()
                .stream().findFirst().ifPresent(r -> RecordHistory.show(UI.getCurrent(), "AppraisalResult", r.id())));
        history.addThemeVariants(ButtonVariant.TERTIARY);
        history.setVisible(mayReadHistory);
        history.setEnabled(false);

        grid.setId("team-appraisals-grid");
        grid.addColumn(r -> texts.person(r.person())).setHeader(texts.t("team.appraisal.person")).setAutoWidth(true);
        grid.addColumn(r -> Formats.number(r.score())).setHeader(texts.t("team.appraisal.score")).setAutoWidth(true);
        grid.addComponentColumn(r -> texts.passed(r.passed())).setHeader(texts.t("team.appraisal.result"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.number(r.passMark())).setHeader(texts.t("team.appraisal.pass-mark"))
                .setAutoWidth(true);
        grid.addColumn(r -> texts.person(r.reviewer())).setHeader(texts.t("team.appraisal.reviewer"))
                .setAutoWidth(true);
        grid.addColumn(r -> texts.user(r.recordedBy()) + " · " + Formats.dateTime(r.recordedAt()))
                .setHeader(texts.t("team.appraisal.recorded")).setFlexGrow(2);
        var empty = new EmptyState("team-appraisals-empty");
        empty.noRecords("team.appraisal.empty", null);
        grid.setEmptyStateComponent(empty);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> {
            correct.setEnabled(e.getFirstSelectedItem().isPresent());
            history.setEnabled(e.getFirstSelectedItem().isPresent());
        });

        var content = getContent();
        content.setPadding(false);
        pending.setId("team-appraisal-pending");
        pending.addClassName("muted");
        content.add(header, toolbar, grid, pending);
        refresh();
    }

    /** Opens on a quarter (a drill-down's link). */
    void show(Period.Quarter chosen) {
        if (chosen.equals(quarter.getValue())) {
            refresh();
        } else {
            quarter.setValue(chosen);
        }
    }

    /** The results of the quarter chosen, read again; a year typed instead is said at the field. */
    void refresh() {
        shown = Optional.empty();
        passRate.setText("");
        pending.setText("");
        grid.setItems(List.of());
        correct.setEnabled(false);
        history.setEnabled(false);
        if (quarter.getValue() instanceof Period.Year) {
            quarter.setErrorMessage(texts.t("team.appraisal.quarter-only"));
            quarter.setInvalid(true);
            return;
        }
        if (!(quarter.getValue() instanceof Period.Quarter chosen)) {
            return;
        }
        new FormErrors(this).run(() -> {
            var results = queries.appraisals(chosen).stream()
                    .sorted(Comparator.comparing((AppraisalResult r) -> texts.person(r.person()))).toList();
            var rate = queries.passRate(chosen);
            grid.setItems(results);
            passRate.setText(rate.defined()
                    ? texts.t("team.appraisal.pass-rate", texts.quarter(chosen), texts.percent(rate, Part.TEAM_APPRAISAL_PASS_RATE),
                    texts.partOf(rate))
                    : texts.t("team.appraisal.pass-rate.none", texts.quarter(chosen)));
            var appraised = results.stream().map(AppraisalResult::person).collect(Collectors.toSet());
            var missing = queries.staff().stream().filter(m -> !appraised.contains(m.id())).map(Member::name)
                    .toList();
            pending.setText(missing.isEmpty() ? "" : texts.t("team.appraisal.pending", String.join(", ", missing)));
            shown = Optional.of(chosen);
        });
    }
}
