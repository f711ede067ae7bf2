package dev.opscharter.application.appraisal.port.in;

import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;

import java.util.Map;

/**
 * The figures screen as an Excel workbook: downloaded with the parts this user may enter and what is
 * entered so far, filled in, and read back into the screen, which then saves all or none of it.
 */
public interface FigureSheet {

    /** Largest sheet read back: a dozen rows of figures take a few kilobytes. */
    int MAX_BYTES = 256 * 1024;

    /** The period's sheet to fill in. */
    StoredFile template(Period period);

    /**
     * The figures a filled-in sheet holds, by part, as typed. A part that cannot be entered for the period,
     * or is given twice, is refused naming its row; nothing is stored here.
     */
    Map<Part, String> read(Period period, byte[] workbook);
}
