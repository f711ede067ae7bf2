package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.port.in.FigureSheet;
import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.appraisal.port.out.FigureSheets;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.appraisal.AppraisalPermission.RECORD;

/**
 * The figures screen's workbook: written for the parts the scorecard says may be entered, read back
 * with the same question asked of every row, so a sheet can never fill in what the screen would not.
 */
public final class FigureSheetService implements FigureSheet {

    static final String FIELD = "file";

    private final ScorecardQueries scorecards;
    private final FigureSheets sheets;
    private final UseCase uc;

    public FigureSheetService(ScorecardQueries scorecards, FigureSheets sheets, UseCase uc) {
        this.scorecards = scorecards;
        this.sheets = sheets;
        this.uc = uc;
    }

    @Override
    public StoredFile template(Period period) {
        uc.require(RECORD);
        var report = scorecards.scorecard(period);
        var lines = report.scorecard().indicators().stream().flatMap(i -> i.parts().stream())
                .filter(result -> report.enterable(result.part()))
                .map(result -> new FigureSheets.Line(result.part(), result.threshold(), entered(result.part(), period)))
                .toList();
        var format = DocumentFormat.EXCEL;
        return new StoredFile(UUID.randomUUID(), "figures-" + period.key() + "." + format.extension(),
                format.contentType(), sheets.write(period, lines));
    }

    @Override
    public Map<Part, String> read(Period period, byte[] workbook) {
        uc.require(RECORD);
        if (workbook.length > MAX_BYTES) {
            throw new InvalidValue(FIELD, "appraisal.figures.sheet.too-large", MAX_BYTES / 1024);
        }
        var report = scorecards.scorecard(period);
        var figures = new EnumMap<Part, String>(Part.class);
        for (var figure : sheets.read(workbook)) {
            if (!report.enterable(figure.part())) {
                throw new InvalidValue(FIELD, "appraisal.figures.sheet.not-enterable", figure.row(),
                        figure.part().name());
            }
            if (figures.putIfAbsent(figure.part(), figure.value()) != null) {
                throw new InvalidValue(FIELD, "appraisal.figures.sheet.twice", figure.row(), figure.part().name());
            }
        }
        if (figures.isEmpty()) {
            throw new InvalidValue(FIELD, "appraisal.figures.sheet.empty");
        }
        return figures;
    }

    /** What the screen shows in the part's field: a figure typed earlier, not one the system counted. */
    private Optional<BigDecimal> entered(Part part, Period period) {
        return scorecards.manualEntry(part, period).map(ManualEntry::measurement)
                .filter(Measurement.Amount.class::isInstance).map(m -> ((Measurement.Amount) m).value());
    }
}
