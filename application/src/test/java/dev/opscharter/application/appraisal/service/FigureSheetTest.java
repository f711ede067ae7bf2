package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.AppraisalFixture;
import dev.opscharter.application.appraisal.port.in.FigureSheet;
import dev.opscharter.application.appraisal.port.out.FigureSheets;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.domain.appraisal.Measurement.Amount;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The figures screen as a workbook: written for what may be entered, read back by the same rule. */
class FigureSheetTest {

    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);

    private final AppraisalFixture fx = new AppraisalFixture();
    private final AppraisalService scorecards = fx.service();
    private final SheetsOnPaper sheets = new SheetsOnPaper();
    private final FigureSheet sheet = new FigureSheetService(scorecards, sheets, fx.org.useCase);

    /** A workbook stand-in: keeps the lines written, answers the figures a test put on it. */
    static final class SheetsOnPaper implements FigureSheets {
        List<Line> written = List.of();
        final List<Figure> filledIn = new ArrayList<>();

        @Override
        public byte[] write(Period period, List<Line> lines) {
            written = lines;
            return ("sheet of " + period.key()).getBytes();
        }

        @Override
        public List<Figure> read(byte[] workbook) {
            return filledIn;
        }
    }

    @Test
    void the_sheet_lists_the_parts_that_may_be_entered_with_their_standard_and_what_is_entered_now() {
        scorecards.enter(Part.CUSTOMER_SATISFACTION, Q1, new Amount(new BigDecimal("92.5")), "BI report",
                Optional.empty(), 0);

        var file = sheet.template(Q1);

        assertThat(file.fileName()).isEqualTo("figures-2026-Q1.xlsx");
        assertThat(new String(file.content())).isEqualTo("sheet of 2026-Q1");
        var parts = sheets.written.stream().map(FigureSheets.Line::part).toList();
        assertThat(parts).isEqualTo(scorecards.scorecard(Q1).enterableParts())
                .contains(Part.CUSTOMER_SATISFACTION, Part.MAJOR_ACCIDENTS)
                .doesNotContain(Part.CORE_STAFF_RETENTION); // counted from the people records
        assertThat(sheets.written).filteredOn(line -> line.part() == Part.CUSTOMER_SATISFACTION).singleElement()
                .satisfies(line -> {
                    assertThat(line.entered()).contains(new BigDecimal("92.5"));
                    assertThat(line.threshold()).isNotNull();
                });
        assertThat(sheets.written).filteredOn(line -> line.part() == Part.MAJOR_ACCIDENTS).singleElement()
                .satisfies(line -> assertThat(line.entered()).isEmpty());
    }

    @Test
    void a_filled_in_sheet_gives_its_figures_by_part_as_typed_and_stores_nothing() {
        sheets.filledIn.add(new FigureSheets.Figure(4, Part.CUSTOMER_SATISFACTION, "92,5"));
        sheets.filledIn.add(new FigureSheets.Figure(5, Part.MAJOR_ACCIDENTS, "0"));

        assertThat(sheet.read(Q1, new byte[10])).isEqualTo(Map.of(Part.CUSTOMER_SATISFACTION, "92,5",
                Part.MAJOR_ACCIDENTS, "0"));
        assertThat(fx.manualEntries.all()).isEmpty();
    }

    @Test
    void a_part_counted_from_records_is_refused_naming_its_row() {
        sheets.filledIn.add(new FigureSheets.Figure(4, Part.CUSTOMER_SATISFACTION, "92"));
        sheets.filledIn.add(new FigureSheets.Figure(9, Part.CORE_STAFF_RETENTION, "88"));

        assertThatThrownBy(() -> sheet.read(Q1, new byte[10])).isInstanceOfSatisfying(InvalidValue.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("appraisal.figures.sheet.not-enterable");
            assertThat(refused.arguments()).containsExactly(9, "CORE_STAFF_RETENTION");
        });
    }

    @Test
    void a_part_given_twice_an_empty_sheet_and_an_oversized_file_are_refused() {
        sheets.filledIn.add(new FigureSheets.Figure(4, Part.CUSTOMER_SATISFACTION, "92"));
        sheets.filledIn.add(new FigureSheets.Figure(7, Part.CUSTOMER_SATISFACTION, "93"));
        assertThatThrownBy(() -> sheet.read(Q1, new byte[10])).isInstanceOfSatisfying(InvalidValue.class,
                refused -> assertThat(refused.arguments()).containsExactly(7, "CUSTOMER_SATISFACTION"));

        sheets.filledIn.clear();
        assertThatThrownBy(() -> sheet.read(Q1, new byte[10])).isInstanceOfSatisfying(InvalidValue.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("appraisal.figures.sheet.empty"));

        assertThatThrownBy(() -> sheet.read(Q1, new byte[FigureSheet.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(InvalidValue.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("appraisal.figures.sheet.too-large"));
    }

    @Test
    void whoever_may_not_enter_figures_gets_neither_the_sheet_nor_its_reading() {
        fx.actAs(fx.director);

        assertThatThrownBy(() -> sheet.template(Q1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> sheet.read(Q1, new byte[10])).isInstanceOf(AccessDenied.class);
        assertThat(sheets.written).isEmpty();
    }

    @Test
    void a_period_that_has_not_begun_takes_no_figure_from_a_sheet() {
        var future = new Period.Quarter(2026, 4);
        sheets.filledIn.add(new FigureSheets.Figure(4, Part.CUSTOMER_SATISFACTION, "92"));

        assertThat(scorecards.scorecard(future).enterableParts()).isEmpty();
        assertThatThrownBy(() -> sheet.read(future, new byte[10])).isInstanceOfSatisfying(InvalidValue.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("appraisal.figures.sheet.not-enterable"));
    }
}
