package dev.opscharter.application.appraisal.port.out;

import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A period's figures as a workbook people fill in away from the screen (the figures screen's own grid,
 * one row per part) and read back. Reading is guarded like every upload: a file that is not such a
 * workbook, or holds more than a sheet of figures, is refused naming the row.
 */
public interface FigureSheets {

    /** Rows a sheet may hold: one per part, with room for notes people add below. */
    int MAX_ROWS = 200;

    byte[] write(Period period, List<Line> lines);

    /**
     * The figures a sheet holds, as typed: numbers as plain decimals ("92.5"), text cells as they are (the
     * figures screen parses them in the user's locale). Rows without a figure are left out.
     *
     * @throws dev.opscharter.domain.shared.InvalidValue on field {@code file}, naming the row
     */
    List<Figure> read(byte[] workbook);

    /** A part to fill in: its standard, and the figure entered so far. */
    record Line(Part part, Threshold threshold, Optional<BigDecimal> entered) {
    }

    /** @param row the sheet's row number, as a spreadsheet shows it */
    record Figure(int row, Part part, String value) {
    }
}
