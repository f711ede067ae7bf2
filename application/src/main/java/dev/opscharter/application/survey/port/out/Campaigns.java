package dev.opscharter.application.survey.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where campaigns are kept, questionnaire and invited departments with them. */
public interface Campaigns extends RecordStore<CampaignId, Campaign> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    @Override
    Campaign save(Campaign campaign);

    @Override
    Optional<Campaign> byId(CampaignId id);

    /** The stored campaign's version, read alone: whether a campaign read earlier is still the one stored. */
    Optional<Long> version(CampaignId id);

    /**
     * Sorted by the page's keys ({@code title} — the Chinese title, also {@code titleZh} — {@code titleEn},
     * {@code opensOn}, {@code closesOn}, {@code state}), then newest window first.
     */
    List<Campaign> page(CampaignFilter filter, PageRequest page);

    long count(CampaignFilter filter);

    /**
     * The quarterly campaign measuring {@code quarter}, if one was made (ad-hoc ones have no quarter):
     * of several, the one furthest along (open, then closed, scheduled, a draft; the later window
     * first). A cancelled one is answered only when the quarter has no other, so the scheduler does
     * not make again a campaign a manager called off.
     */
    Optional<Campaign> ofQuarter(Period.Quarter quarter);

    /** The quarterly campaign with the latest quarter, cancelled ones left out: the template of the next one. */
    Optional<Campaign> latestQuarterly();

    /**
     * In {@code state} with a window that starts (SCHEDULED) or ended (OPEN) by {@code day}: for the
     * scheduler. At most {@code PageRequest.MAX_LIMIT}, earliest window first; its next run takes the rest.
     */
    List<Campaign> due(CampaignState state, LocalDate day);

    /** Closed with their closing day inside {@code quarter}: what the scorecard reads (at most {@code PageRequest.MAX_LIMIT}). */
    List<Campaign> closedIn(Period.Quarter quarter);
}
