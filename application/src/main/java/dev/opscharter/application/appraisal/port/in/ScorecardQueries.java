package dev.opscharter.application.appraisal.port.in;

import dev.opscharter.application.appraisal.ScorecardReport;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Scorecard;
import dev.opscharter.domain.shared.Period;

import java.util.List;
import java.util.Optional;

/** Reading scorecards: live, or as approved; the trend; the standards. */
public interface ScorecardQueries {

    /** The scorecard of a period: the approved one if the director approved it, else evaluated now. */
    ScorecardReport scorecard(Period period);

    /** The scorecard of a period as a file ({@code scorecard-2026-Q1.pdf}), as {@link #scorecard} shows it now. */
    StoredFile export(Period period, DocumentFormat format);

    /**
     * The quarterly scorecards of the {@code count} quarters up to {@code last}, oldest first; quarters
     * before the first version of the standards have none.
     */
    List<Scorecard> trend(Period.Quarter last, int count);

    /** The standards version in force for a year. */
    AppraisalStandards standardsFor(int year);

    /** Every standards version, oldest first. */
    List<AppraisalStandards> standardsHistory();

    /**
     * The figure entered by hand for a part and period, if any: the form shows it and replaces it by
     * its {@link ManualEntry#version() version}.
     */
    Optional<ManualEntry> manualEntry(Part part, Period period);

}
