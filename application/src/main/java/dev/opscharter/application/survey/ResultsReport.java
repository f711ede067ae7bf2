package dev.opscharter.application.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.SurveyResults;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A campaign's results as the reader may see them, ready to be written as a file: the results are
 * already disclosed (and narrowed for a department lead) by the use case, so a renderer only lays
 * them out and can show nothing the screen would not.
 *
 * @param departments the name of every department the results name
 * @param writtenOn   the day the file was written, in the organization's zone
 */
public record ResultsReport(Campaign campaign, SurveyResults results, Map<DepartmentId, BilingualName> departments,
                            LocalDate writtenOn) {

    public ResultsReport {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(results, "results");
        departments = Map.copyOf(departments);
        Objects.requireNonNull(writtenOn, "writtenOn");
    }
}
