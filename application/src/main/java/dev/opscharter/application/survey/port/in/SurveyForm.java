package dev.opscharter.application.survey.port.in;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.Questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a respondent's page shows: the campaign's title, its questionnaire, the departments this
 * respondent rates (Operations first) and the last day answers are taken. Nothing about the
 * respondent but the language of their invitation, which the page opens in.
 *
 * @param rated    the departments answered for, in the order of {@code RatingScope.ratedBy}
 * @param language the invitation's language; the page offers the other one too
 * @param lastDay  the window's last day, in the organization's zone
 */
public record SurveyForm(BilingualName title, Questionnaire questionnaire, List<RatedDepartment> rated,
                         Language language, LocalDate lastDay) {

    public SurveyForm {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(questionnaire, "questionnaire");
        rated = List.copyOf(rated);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    /** A department the respondent rates, with its name as the directory has it now. */
    public record RatedDepartment(DepartmentId id, BilingualName name) {

        public RatedDepartment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
