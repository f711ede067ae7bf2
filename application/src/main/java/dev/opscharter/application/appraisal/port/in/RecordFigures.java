package dev.opscharter.application.appraisal.port.in;

import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Figures entered by hand where the system has no records, each with a reason and optional evidence file. */
public interface RecordFigures {

    /**
     * Enters or replaces the figure of a part for a period.
     *
     * @param version 0 for a first entry, else the version of the entry being replaced
     */
    void enter(Part part, Period period, Measurement measurement, String reason, Optional<UUID> attachment,
               long version);

    /**
     * A period's figures in one go (the figures screen): every line is entered with the same reason and
     * evidence, or none is when one of them is refused.
     */
    void enterAll(Period period, List<FigureLine> lines, String reason, Optional<UUID> attachment);

    /** @param version 0 for a first entry, else the version of the entry being replaced */
    record FigureLine(Part part, Measurement measurement, long version) {
    }

    /** Keeps an evidence file (a report, a ruling) to attach to an entry. */
    UUID attach(String fileName, String contentType, byte[] content);

    StoredFile attachment(UUID id);
}
