package dev.opscharter.domain.survey;

/** What someone may do next to a campaign; {@link Campaign#allowedSteps} says which and whether blocked. */
public enum CampaignStep {
    EDIT,
    SCHEDULE,
    OPEN,
    CLOSE,
    CANCEL,
    INVITE,
    REMIND
}
