package dev.opscharter.application.survey.fakes;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Campaigns in memory, with the optimistic locking of the JDBC adapter. */
public final class InMemoryCampaigns implements Campaigns {

    private int byIdReads;

    /** Newest window first, then by id so that pages never overlap. */
    private static final Comparator<Campaign> OWN_ORDER = Comparator
            .comparing((Campaign c) -> c.window().opensOn(), Comparator.reverseOrder())
            .thenComparing(c -> c.id().toString());
    private static final Map<String, Comparator<Campaign>> KEYS = Map.of(
            "title", Comparator.comparing(c -> c.title().chinese()),
            "opensOn", Comparator.comparing(c -> c.window().opensOn()),
            "closesOn", Comparator.comparing(c -> c.window().closesOn()),
            "state", Comparator.comparing(Campaign::state));

    private final Map<CampaignId, Campaign> campaigns = new LinkedHashMap<>();

    @Override
    public synchronized Campaign save(Campaign campaign) {
        var stored = campaigns.get(campaign.id());
        long version = campaign.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("Campaign", campaign.id());
        }
        var saved = campaign.withVersion(version + 1);
        campaigns.put(campaign.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<Campaign> byId(CampaignId id) {
        byIdReads++;
        return Optional.ofNullable(campaigns.get(id));
    }

    @Override
    public synchronized Optional<Long> version(CampaignId id) {
        return Optional.ofNullable(campaigns.get(id)).map(Campaign::version);
    }

    /** How many campaigns were read whole by id: whether a reader kept one it had. */
    public synchronized int byIdReads() {
        return byIdReads;
    }

    @Override
    public synchronized List<Campaign> page(CampaignFilter filter, PageRequest page) {
        return InMemoryPage.of(selected(filter), page, KEYS, OWN_ORDER);
    }

    @Override
    public synchronized long count(CampaignFilter filter) {
        return selected(filter).count();
    }

    private static final List<CampaignState> FURTHEST_ALONG = List.of(CampaignState.OPEN, CampaignState.CLOSED,
            CampaignState.SCHEDULED, CampaignState.DRAFT, CampaignState.CANCELLED);

    @Override
    public synchronized Optional<Campaign> ofQuarter(Period.Quarter quarter) {
        // the one furthest along, a cancelled one only when the quarter has no other, as the store orders them
        return campaigns.values().stream().filter(c -> c.quarter().equals(Optional.of(quarter)))
                .min(Comparator.comparing((Campaign c) -> FURTHEST_ALONG.indexOf(c.state()))
                        .thenComparing(c -> c.window().opensOn(), Comparator.reverseOrder())
                        .thenComparing(c -> c.id().toString()));
    }

    @Override
    public synchronized Optional<Campaign> latestQuarterly() {
        return campaigns.values().stream()
                .filter(c -> c.quarter().isPresent() && c.state() != CampaignState.CANCELLED)
                .min(Comparator.comparing((Campaign c) -> c.quarter().orElseThrow().firstDay(), Comparator.reverseOrder())
                        .thenComparing(c -> c.window().opensOn(), Comparator.reverseOrder())
                        .thenComparing(c -> c.id().toString()));
    }

    @Override
    public synchronized List<Campaign> due(CampaignState state, LocalDate day) {
        return campaigns.values().stream().filter(c -> c.state() == state)
                .filter(c -> switch (state) {
                    case SCHEDULED -> c.window().hasStarted(day);
                    case OPEN -> c.window().hasEnded(day);
                    default -> false;
                })
                .sorted(Comparator.comparing((Campaign c) -> c.window().opensOn()).thenComparing(c -> c.id().toString()))
                .toList();
    }

    @Override
    public synchronized List<Campaign> closedIn(Period.Quarter quarter) {
        return campaigns.values().stream().filter(c -> c.state() == CampaignState.CLOSED)
                .filter(c -> Period.quarterOf(c.closedOn().orElseThrow()).equals(quarter))
                .sorted(OWN_ORDER).toList();
    }

    private Stream<Campaign> selected(CampaignFilter filter) {
        return campaigns.values().stream().filter(c -> filter.state().map(s -> c.state() == s).orElse(true));
    }
}
