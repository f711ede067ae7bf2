package dev.opscharter.application.survey.port.out;

import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Response;

import java.util.List;

/**
 * Submitted responses: added, never changed or removed (the database refuses both). Stored with
 * nothing that identifies the respondent (see {@link Response}).
 */
public interface Responses {

    /** Adds the responses of one submission (one per rated department), in the caller's transaction. */
    void addAll(List<Response> responses);

    /**
     * A campaign's responses, in no meaningful order (their ids are random). Not paged: a campaign's
     * responses are bounded by its invitations (one response per invitation and rated department),
     * and its results need them all.
     */
    List<Response> of(CampaignId campaign);

    long count(CampaignId campaign);
}
