package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.adapters.ui.shared.kit.RowImport;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.application.targets.port.in.RecordActuals.ImportSummary;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily actuals, for specialists, managers and directors: a day's value of a unit's metric typed in,
 * or a CSV or Excel file imported by the execution records' rules — streamed to a temporary file, read on
 * a background thread as the signed-in user while the UI polls, then the counts (received, added,
 * changed, unchanged) or the refusal with its row in the user's language. Ids: {@code actuals-unit},
 * {@code actuals-day}, {@code actuals-metric}, {@code actuals-value}, {@code actuals-record},
 * {@code actuals-upload}, {@code actuals-result}, {@code actuals-summary}, {@code actuals-error}.
 */
@Route(value = "targets/actuals", layout = MainLayout.class)
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST})
class ActualsView extends VerticalLayout implements HasDynamicTitle {


    private final RecordActuals record;
    private final TargetTexts texts;
    private final ComboBox<BusinessUnit> unit = new ComboBox<>();
    private final LocalizedDatePicker day;
    private final ComboBox<Metric> metric = new ComboBox<>();
    private final BigDecimalField value = new BigDecimalField();

    ActualsView(RecordActuals record, TargetQueries queries) {
        this.record = record;
        this.texts = new TargetTexts(this);
        this.day = new LocalizedDatePicker(getTranslation("targets.actuals.day"));
        addClassName("view");
        setWidthFull();
        var back = new RouterLink(getTranslation("targets.back"), TargetsView.class);
        back.setId("actuals-back");
        add(back, new H2(getPageTitle()), new H3(getTranslation("targets.actuals.enter")), entry(queries),
                new H3(getTranslation("targets.actuals.import")), format(),
                new RowImport<>("actuals", "targets.actuals", record::importFile, this::imported, () -> { }));
    }

    /** A day's value of one metric of one unit; a ratio has no days of its own and is not offered. */
    private FormLayout entry(TargetQueries queries) {
        unit.setId("actuals-unit");
        unit.setLabel(getTranslation("targets.column.unit"));
        unit.setItems(queries.units(false, PageRequest.first(PageRequest.MAX_LIMIT)));
        unit.setItemLabelGenerator(texts::unit);
        day.setId("actuals-day");
        day.setValue(LocalDate.now(Formats.timeZone()).minusDays(1));
        metric.setId("actuals-metric");
        metric.setLabel(getTranslation("targets.column.metric"));
        metric.setItems(queries.metrics().stream().filter(m -> !(m.aggregation() instanceof Aggregation.Ratio))
                .toList());
        metric.setItemLabelGenerator(m -> m.code() + " · " + texts.metric(m));
        value.setId("actuals-value");
        value.setLabel(getTranslation("targets.actuals.value"));
        for (var field : List.of(unit, metric)) {
            field.setRequiredIndicatorVisible(true);
        }
        day.setRequiredIndicatorVisible(true);
        value.setRequiredIndicatorVisible(true);
        var errors = new FormErrors(this).bind("unit", unit).bind("day", day).bind("metric", metric)
                .bind("value", value);
        var save = new Button(getTranslation("targets.actuals.record"),
                e -> Attempt.run(this, errors, "targets.actuals.recorded", () -> record.record(List.of(typed()))));
        save.setId("actuals-record");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new FormLayout(unit, day, metric, value, save);
        form.setId("actuals-entry");
        return form;
    }

    private DailyActual typed() {
        var chosenUnit = unit.getOptionalValue().orElseThrow(() -> new InvalidValue("unit", "validation.required"));
        var chosenMetric = metric.getOptionalValue()
                .orElseThrow(() -> new InvalidValue("metric", "validation.required"));
        var chosenDay = day.getOptionalValue().orElseThrow(() -> new InvalidValue("day", "validation.required"));
        var typedValue = value.getOptionalValue().orElseThrow(() -> new InvalidValue("value", "validation.required"));
        return new DailyActual(chosenUnit.id(), chosenMetric.id(), chosenDay, typedValue);
    }

    private Div format() {
        var text = new Div(new Paragraph(getTranslation("targets.actuals.format")),
                new Pre("""
                        unit_code,metric_code,day,value
                        NORTH,REVENUE,2026-07-01,125000.50
                        NORTH,ORDERS,2026-07-01,312
                        """));
        text.setId("actuals-format");
        return text;
    }

    /** The words for an imported file: its counts, and the days it spans. */
    private String imported(ImportSummary summary) {
        var days = summary.from().map(from -> " " + getTranslation("targets.actuals.days", Formats.date(from),
                Formats.date(summary.until().orElse(from)))).orElse("");
        return getTranslation("targets.actuals.imported", summary.fileName(), Formats.number(summary.received()),
                Formats.number(summary.added()), Formats.number(summary.changed()), Formats.number(summary.unchanged()))
                + days;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.actuals.title");
    }
}
