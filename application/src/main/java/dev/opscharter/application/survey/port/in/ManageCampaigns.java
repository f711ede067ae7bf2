package dev.opscharter.application.survey.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;

import java.util.List;
import java.util.Optional;

/**
 * Specialists, managers and directors prepare campaigns; managers and directors schedule, open,
 * close and cancel them (the rules are {@link dev.opscharter.domain.survey.Campaign}'s). Every
 * change is audited; each step names the version the user saw.
 */
public interface ManageCampaigns {

    /** A new draft, once per request: the same {@code request} again answers the campaign it created. */
    CampaignId create(RequestKey request, CampaignDraft draft);

    /** A draft, or (managers) a scheduled campaign; refused from opening on, when the questionnaire is frozen. */
    void edit(CampaignId id, CampaignDraft draft, long version);

    void schedule(CampaignId id, long version);

    /** Opens once the window has started (the scheduler does it on the day; a manager may too). */
    void open(CampaignId id, long version);

    /** Closes early (a manager) or after the window (the scheduler); answers stop at once. */
    void close(CampaignId id, long version);

    void cancel(CampaignId id, long version);

    /** What the form holds; the domain validates it. Operations is never invited: it is rated. */
    record CampaignDraft(BilingualName title, Optional<Period.Quarter> quarter, SurveyWindow window,
                         Questionnaire questionnaire, List<DepartmentId> invited, RatingScope scope,
                         SatisfactionMethod method, int minimumGroup) {

        public CampaignDraft {
            invited = List.copyOf(invited);
        }
    }
}
