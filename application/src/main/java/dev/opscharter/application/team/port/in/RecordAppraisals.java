package dev.opscharter.application.team.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.team.AppraisalResultId;

/** Record each person's appraisal result of a quarter, once, and correct it ({@code TeamPermission.RECORD}). */
public interface RecordAppraisals {

    AppraisalResultId record(RequestKey request, PersonId person, Period.Quarter quarter, int score,
                             PersonId reviewer);

    void correct(AppraisalResultId id, int score, PersonId reviewer, long version);
}
