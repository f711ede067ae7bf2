package dev.opscharter.application.survey.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignStep;
import dev.opscharter.domain.survey.Disclosed;
import dev.opscharter.domain.survey.Figure;
import dev.opscharter.domain.survey.SurveyResults;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Campaigns and their results, for everyone who reads results; a department lead's are their department's. */
public interface CampaignQueries {

    /** Sorted in the database by the page's keys ({@code title}, {@code opensOn}, {@code closesOn}, {@code state}). */
    List<Campaign> page(CampaignFilter filter, PageRequest page);

    long count(CampaignFilter filter);

    /** The campaign as stored now, with what the signed-in user may do next to it today. */
    WithSteps<Campaign, CampaignStep> detail(CampaignId id);

    /** Managers: per invited department, in the campaign's order, how many were invited and answered (live). */
    List<ResponseRate> responseRates(CampaignId id);

    /**
     * The results as they may be disclosed (see {@link SurveyResults}). A department lead — unless they
     * also hold an Operations or audit role — gets the overall and only their own department's groups.
     */
    SurveyResults results(CampaignId id);

    /** One invited department's response rate: answered of invited, no names. */
    record ResponseRate(DepartmentId department, long invited, long answered) {

        /** Answered of invited in percent, one decimal; empty while nobody is invited. */
        public Optional<BigDecimal> percent() {
            return invited == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(answered * 100)
                    .divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP));
        }
    }

    /** The most quarters a trend reaches back: three years. */
    int MAX_TREND_QUARTERS = 12;

    /**
     * The overall satisfaction of the closed quarterly campaigns of the last {@code quarters} quarters up
     * to today's, oldest first: the trend the results draw against the 85 % standard. A quarter without a
     * closed campaign is left out; an overall below the minimum stays hidden (it is the published figure,
     * the same for every reader).
     */
    List<QuarterFigure> trend(int quarters);

    /** One quarter's point of the trend: the quarterly campaign measuring it and its overall figure. */
    record QuarterFigure(Period.Quarter quarter, CampaignId campaign, Disclosed<Figure> overall) {
    }
}
