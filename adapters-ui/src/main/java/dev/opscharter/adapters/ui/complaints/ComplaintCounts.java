package dev.opscharter.adapters.ui.complaints;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.opscharter.adapters.messages.JudgedFigures;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.adapters.ui.shared.kit.RowImport;
import dev.opscharter.application.complaints.port.in.ComplaintQueries;
import dev.opscharter.application.complaints.port.in.RecordComplaints;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaintRate;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The complaint counts of a year, month by month with the major complaint rate of each (the domain's
 * {@link MajorComplaintRate}), and the days of the month chosen; entering a day's counts, and importing a file of
 * them, for those who record complaints. Ids: {@code complaints-year}, {@code complaints-months-grid},
 * {@code complaints-days-grid}, {@code complaints-day}, {@code complaints-total}, {@code complaints-major},
 * {@code complaints-enter}, the import's {@code complaints-import-*}.
 */
final class ComplaintCounts extends Composite<VerticalLayout> {

    /** A month of the year with the rate of its days. */
    record Month(YearMonth month, MajorComplaintRate rate, List<ComplaintCount> days) {
    }

    private final ComplaintQueries queries;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Grid<Month> months = new Grid<>();
    private final Grid<ComplaintCount> days = new Grid<>();
    private final Span yearRate = new Span();

    ComplaintCounts(ComplaintQueries queries, RecordComplaints record, boolean mayRecord) {
        this.queries = queries;
        var thisYear = LocalDate.now(Formats.timeZone()).getYear();
        year.setId("complaints-year");
        year.setLabel(getTranslation("complaints.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        yearRate.setId("complaints-year-rate");
        months.setId("complaints-months-grid");
        months.addColumn(m -> month(m.month())).setHeader(getTranslation("complaints.month")).setAutoWidth(true);
        months.addColumn(m -> Formats.number(m.rate().total())).setHeader(getTranslation("complaints.total"));
        months.addColumn(m -> Formats.number(m.rate().major())).setHeader(getTranslation("complaints.major"));
        months.addColumn(m -> rate(m.rate())).setHeader(getTranslation("complaints.rate"));
        months.setAllRowsVisible(true);
        months.addSelectionListener(e -> days.setItems(e.getFirstSelectedItem().map(Month::days).orElse(List.of())));
        days.setId("complaints-days-grid");
        days.addColumn(d -> Formats.date(d.day())).setHeader(getTranslation("complaints.day")).setAutoWidth(true);
        days.addColumn(d -> Formats.number(d.total())).setHeader(getTranslation("complaints.total"));
        days.addColumn(d -> Formats.number(d.major())).setHeader(getTranslation("complaints.major"));
        days.setAllRowsVisible(true);
        var content = getContent();
        content.setPadding(false);
        content.add(new HorizontalLayout(year, yearRate), months, new H3(getTranslation("complaints.days")), days);
        if (mayRecord) {
            content.add(new H3(getTranslation("complaints.enter")), entry(record),
                    new H3(getTranslation("complaints.import")),
                    new RowImport<>("complaints-import", "complaints.import", record::importDays,
                            s -> getTranslation("complaints.import.done", s.fileName(), Formats.number(s.received()),
                                    Formats.number(s.added()), Formats.number(s.corrected()),
                                    Formats.number(s.unchanged())), this::refresh));
        }
        refresh();
    }

    private FormLayout entry(RecordComplaints record) {
        var day = new LocalizedDatePicker(getTranslation("complaints.day"));
        day.setId("complaints-day");
        day.setValue(LocalDate.now(Formats.timeZone()).minusDays(1));
        day.setRequiredIndicatorVisible(true);
        var total = count("complaints-total", "complaints.total");
        var major = count("complaints-major", "complaints.major");
        var errors = new FormErrors(this).bind("day", day).bind("total", total).bind("major", major);
        var enter = new Button(getTranslation("complaints.enter.save"), e -> Attempt.run(this, errors,
                "complaints.entered", () -> record.enterDay(new ComplaintCount(
                        day.getOptionalValue().orElseThrow(() -> new InvalidValue("day", "validation.required")),
                        required(total, "total"), required(major, "major"))), this::refresh));
        enter.setId("complaints-enter");
        enter.addThemeVariants(ButtonVariant.PRIMARY);
        return new FormLayout(day, total, major, enter);
    }

    private IntegerField count(String id, String labelKey) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(0);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private static long required(IntegerField field, String name) {
        if (field.getValue() == null) {
            throw new InvalidValue(name, "validation.required");
        }
        return field.getValue();
    }

    /** Opens on a month (a drill-down's link): its year, with the month selected; a year not offered is left. */
    void show(YearMonth month) {
        if (year.getListDataView().contains(month.getYear())) {
            year.setValue(month.getYear());
            refresh();
            months.getListDataView().getItems().filter(m -> m.month().equals(month)).findFirst()
                    .ifPresent(months::select);
        }
    }

    /** The year's days read once, grouped by month; the month shown before stays selected. */
    void refresh() {
        int chosen = year.getOptionalValue().orElse(LocalDate.now(Formats.timeZone()).getYear());
        var read = new ArrayList<ComplaintCount>();
        new FormErrors(this).run(() -> read.addAll(queries.days(LocalDate.of(chosen, 1, 1),
                LocalDate.of(chosen + 1, 1, 1))));
        Map<YearMonth, List<ComplaintCount>> byMonth = read.stream()
                .collect(Collectors.groupingBy(d -> YearMonth.from(d.day()), TreeMap::new, Collectors.toList()));
        var rows = byMonth.entrySet().stream().map(e -> new Month(e.getKey(), MajorComplaintRate.of(e.getValue()),
                e.getValue())).toList().reversed();
        var selected = months.getSelectedItems().stream().findFirst().map(Month::month);
        months.setItems(rows);
        yearRate.setText(getTranslation("complaints.year-rate", rate(MajorComplaintRate.of(read))));
        rows.stream().filter(m -> selected.map(m.month()::equals).orElse(false)).findFirst()
                .or(() -> rows.stream().findFirst()).ifPresentOrElse(months::select, () -> days.setItems(List.of()));
    }

    /** Never rounded onto or across the scorecard's "≤ 0.5 %": 0.504 % reads 0.504 %, not 0.50 %. */
    private String rate(MajorComplaintRate rate) {
        return rate.defined() ? JudgedFigures.percent(rate, JudgedFigures.charterThreshold(Part.MAJOR_COMPLAINT_RATE),
                2, Formats.locale()) : getTranslation("complaints.no-data");
    }

    private static String month(YearMonth month) {
        return DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(Formats.locale()).format(month);
    }
}
