package dev.opscharter.application.survey;

import dev.opscharter.domain.survey.CampaignState;

import java.util.Optional;

/** Which campaigns a list shows: in one state, or all. Shared by the query port and the store. */
public record CampaignFilter(Optional<CampaignState> state) {

    public static final CampaignFilter ALL = new CampaignFilter(Optional.empty());
}
