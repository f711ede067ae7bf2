package dev.opscharter.domain.survey;

/**
 * Where a campaign is:
 * <pre>
 *   DRAFT ──schedule──▶ SCHEDULED ──open──▶ OPEN ──close──▶ CLOSED
 *     └──────cancel─────────┴──cancel──▶ CANCELLED
 * </pre>
 */
public enum CampaignState {
    DRAFT,
    SCHEDULED,
    OPEN,
    CLOSED,
    CANCELLED;

    /** Before it opens: its questionnaire, window and departments may still change, and it may be cancelled. */
    public boolean beforeOpening() {
        return this == DRAFT || this == SCHEDULED;
    }
}
