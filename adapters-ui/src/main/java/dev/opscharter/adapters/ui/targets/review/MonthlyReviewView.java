package dev.opscharter.adapters.ui.targets.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.charter.WorkItemForm;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.application.targets.port.in.RunMonthlyReviews;
import dev.opscharter.application.targets.port.in.RunMonthlyReviews.MeasureDraft;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MonthlyReview;
import dev.opscharter.domain.targets.ReviewDeviation;
import dev.opscharter.domain.targets.ReviewMeasure;
import dev.opscharter.domain.targets.ReviewStep;
import dev.opscharter.domain.targets.TargetsPermission;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The monthly review (运营复盘会): pick a month; before its review opens the deviations are shown as they stand,
 * then fixed for the meeting. A manager records each deviation's cause and adds measures — each a work item the
 * charter routes (one of IT's goes to IT) — and closes the review once every deviation is settled. The buttons are
 * the review's steps for the user; the use cases refuse the rest anyway.
 */
@Route(value = "targets/review", layout = MainLayout.class)
@Menu(order = 54, title = "nav.operations.monthly-review")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
public class MonthlyReviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** How far back the month picker reaches. */
    static final int MONTHS_OFFERED = 24;

    private final RunMonthlyReviews reviews;
    private final TargetQueries targets;
    private final CharterQueries charter;
    private final ManageWorkItems workItems;
    private final DepartmentQueries departments;
    private final Directory directory;
    private final MyPermissions permissions;
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Span status = new Span();
    private final Button open = new Button();
    private final Button explain = new Button();
    private final Button measure = new Button();
    private final Button close = new Button();
    private final Grid<ReviewDeviation> grid = new Grid<>();
    private final Span empty = new Span();
    private Optional<WithSteps<MonthlyReview, ReviewStep>> review = Optional.empty();
    private Map<MetricId, Metric> metrics = Map.of();
    private final Map<BusinessUnitId, String> unitNames = new HashMap<>();

    MonthlyReviewView(RunMonthlyReviews reviews, TargetQueries targets, CharterQueries charter,
                      ManageWorkItems workItems, DepartmentQueries departments, Directory directory,
                      MyPermissions permissions) {
        this.reviews = reviews;
        this.targets = targets;
        this.charter = charter;
        this.workItems = workItems;
        this.departments = departments;
        this.directory = directory;
        this.permissions = permissions;
        addClassName("view");
        setSizeFull();

        var today = YearMonth.now(Formats.timeZone());
        month.setId("review-month");
        month.setLabel(getTranslation("targets.review.month"));
        month.setItems(Stream.iterate(today, m -> m.minusMonths(1)).limit(MONTHS_OFFERED).toList());
        month.setItemLabelGenerator(YearMonth::toString);
        month.setValue(today.minusMonths(1));
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        status.setId("review-status");
        status.addClassName("muted");
        button(open, "targets.review.open", "review-open", this::openReview).addThemeVariants(ButtonVariant.PRIMARY);
        button(explain, "targets.review.explain", "review-explain", this::explainSelected);
        button(measure, "targets.review.add-measure", "review-add-measure", this::addMeasureToSelected);
        button(close, "targets.review.close", "review-close", this::closeReview);
        var bar = new HorizontalLayout(month, open, explain, measure, close);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.setId("review-deviations");
        grid.addColumn(d -> unitName(d.unit())).setHeader(getTranslation("targets.review.unit")).setAutoWidth(true);
        grid.addColumn(this::metricName).setHeader(getTranslation("targets.review.metric")).setFlexGrow(2);
        grid.addColumn(d -> d.targetPeriod().key()).setHeader(getTranslation("targets.review.target-period"))
                .setAutoWidth(true);
        grid.addColumn(d -> number(d.share())).setHeader(getTranslation("targets.review.share")).setAutoWidth(true);
        grid.addColumn(d -> d.actual().map(this::number).orElse(getTranslation("targets.review.no-data")))
                .setHeader(getTranslation("targets.review.actual")).setAutoWidth(true);
        grid.addColumn(d -> d.percent().map(p -> Formats.percent(p.doubleValue() / 100, 1)).orElse("—"))
                .setHeader(getTranslation("targets.review.attainment")).setAutoWidth(true);
        grid.addColumn(d -> d.cause().orElse("")).setHeader(getTranslation("targets.review.cause")).setFlexGrow(3);
        grid.addColumn(d -> d.measures().stream().map(ReviewMeasure::title).collect(Collectors.joining("；")))
                .setHeader(getTranslation("targets.review.measures")).setFlexGrow(3);
        grid.addSelectionListener(e -> enableSteps());
        empty.setId("review-empty");
        add(new H2(getPageTitle()), bar, status, grid, empty);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var asked = event.getLocation().getQueryParameters().getSingleParameter("month");
        try {
            asked.map(YearMonth::parse).ifPresent(month::setValue);
        } catch (DateTimeParseException ignored) {
            // a mistyped month in the address: the default month stays
        }
        show(month.getValue());
    }

    private Button button(Button button, String textKey, String id, Runnable action) {
        button.setText(getTranslation(textKey));
        button.setId(id);
        button.addClickListener(e -> action.run());
        return button;
    }

    private void show(YearMonth shown) {
        new FormErrors(this).run(() -> {
            metrics = targets.metrics().stream().collect(Collectors.toMap(Metric::id, Function.identity()));
            review = reviews.ofMonth(shown);
            var deviations = review.map(r -> r.record().deviations()).orElseGet(() -> reviews.deviations(shown));
            grid.setItems(deviations);
            empty.setText(deviations.isEmpty() ? getTranslation("targets.review.empty", shown.toString()) : "");
            status.setText(review.map(r -> statusOf(r.record()))
                    .orElse(getTranslation("targets.review.not-opened", shown.toString())));
        });
        boolean ended = shown.isBefore(YearMonth.now(Formats.timeZone()));
        open.setVisible(review.isEmpty() && ended && permissions.may(TargetsPermission.MANAGE));
        enableSteps();
    }

    private String statusOf(MonthlyReview opened) {
        var when = Formats.dateTime(opened.openedAt());
        var names = new DisplayNames(directory);
        return opened.closing().map(c -> getTranslation("targets.review.closed-by", names.apply(c.by()),
                        Formats.dateTime(c.at())))
                .orElse(getTranslation("targets.review.opened-by", names.apply(opened.openedBy()), when,
                        opened.deviations().stream().filter(d -> !d.settled()).count()));
    }

    /** Each button is a step of the review for this user: absent, blocked with the reason, or open. */
    private void enableSteps() {
        boolean selected = !grid.getSelectedItems().isEmpty();
        step(explain, ReviewStep.EXPLAIN, selected);
        step(measure, ReviewStep.ADD_MEASURE, selected);
        step(close, ReviewStep.CLOSE, true);
    }

    private void step(Button button, ReviewStep kind, boolean applicable) {
        var step = review.flatMap(r -> r.step(kind));
        button.setVisible(step.isPresent());
        button.setEnabled(applicable && step.map(Step::isOpen).orElse(false));
        button.setTooltipText(step.flatMap(Step::blockedBy)
                .map(why -> getTranslation(why.messageKey(), why.arguments().toArray())).orElse(null));
    }

    private void openReview() {
        var shown = month.getValue();
        Attempt.run(this, new FormErrors(this), "targets.review.opened", () -> reviews.open(shown), () -> show(shown));
    }

    private void explainSelected() {
        selected().ifPresent(deviation -> {
            var cause = new TextArea(getTranslation("targets.review.cause"));
            cause.setId("review-cause");
            cause.setMaxLength(ReviewDeviation.MAX_CAUSE);
            cause.setWidthFull();
            cause.setValue(deviation.cause().orElse(""));
            var errors = new FormErrors(this).bind("cause", cause);
            var version = review.orElseThrow().record().version();
            new FormDialog(getTranslation("targets.review.explain"), getTranslation("targets.review.save"),
                    "review-cause", cause, () -> Attempt.run(this, errors, "targets.review.saved",
                    () -> reviews.explain(review.orElseThrow().record().id(), deviation.unit(), deviation.metric(),
                            cause.getValue(), version), () -> show(month.getValue()))).open();
        });
    }

    private void addMeasureToSelected() {
        selected().ifPresent(deviation -> {
            var form = WorkItemForm.ofKind(WorkItemKind.ACTION, charter.inForce(), workItems, this, departments.all(),
                    new DisplayNames(directory));
            var request = RequestKey.fresh();
            var version = review.orElseThrow().record().version();
            var dialog = new FormDialog(getTranslation("targets.review.add-measure"),
                    getTranslation("targets.review.register-measure"), "review-measure", form, () -> {
                if (!form.hasDutyType()) {
                    return false;
                }
                var draft = form.getFormDataObject();
                return Attempt.run(this, form.errors(), "targets.review.measure-registered",
                        () -> reviews.addMeasure(request, review.orElseThrow().record().id(), deviation.unit(),
                                deviation.metric(), new MeasureDraft(draft.title(), draft.description(),
                                        draft.dutyType(), draft.dueOn()), version),
                        () -> show(month.getValue()));
            });
            dialog.setWidth("min(760px, 95vw)");
            dialog.open();
        });
    }

    private void closeReview() {
        review.ifPresent(r -> Attempt.run(this, new FormErrors(this), "targets.review.closed",
                () -> reviews.close(r.record().id(), r.record().version()), () -> show(month.getValue())));
    }

    private Optional<ReviewDeviation> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private String unitName(BusinessUnitId id) {
        return unitNames.computeIfAbsent(id, unit -> targets.unit(unit).map(this::name).orElse(unit.toString()));
    }

    private String name(BusinessUnit unit) {
        return unit.name().in(Language.of(Formats.locale()));
    }

    private String metricName(ReviewDeviation deviation) {
        var name = Optional.ofNullable(metrics.get(deviation.metric()))
                .map(m -> m.name().in(Language.of(Formats.locale()))).orElse(deviation.metric().toString());
        return deviation.key() ? name + " · " + getTranslation("targets.review.key") : name;
    }

    private String number(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(Formats.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.review.title");
    }
}
