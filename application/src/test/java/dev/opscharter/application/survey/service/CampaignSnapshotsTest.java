package dev.opscharter.application.survey.service;

import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.application.survey.fakes.InMemoryCampaigns;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.RatingScope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignSnapshotsTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final InMemoryCampaigns counted = new InMemoryCampaigns();
    private final AtomicLong nanos = new AtomicLong();
    private final CampaignSnapshots snapshots = new CampaignSnapshots(counted, survey.org.departments,
            survey.org.transactions, nanos::get);

    @Test
    void a_campaign_is_read_once_while_its_version_stays_the_same() {
        var open = stored(CampaignState.OPEN);

        var first = snapshots.of(open.id()).orElseThrow();
        var second = snapshots.of(open.id()).orElseThrow();

        assertThat(second).isSameAs(first);
        assertThat(first.campaign()).isEqualTo(open);
        assertThat(first.operations()).isEqualTo(survey.operations.id());
        assertThat(counted.byIdReads()).isEqualTo(1);
    }

    @Test
    void a_campaign_saved_since_is_read_again_at_once() {
        var open = stored(CampaignState.OPEN);
        snapshots.of(open.id());

        var closed = counted.save(open.close(Actor.SCHEDULE, survey.org.calendar.today(), open.version()));

        assertThat(snapshots.of(open.id())).map(CampaignSnapshots.Snapshot::campaign).contains(closed);
        assertThat(counted.byIdReads()).isEqualTo(2);
    }

    @Test
    void the_departments_names_are_read_again_once_the_snapshot_is_no_longer_fresh() {
        var open = stored(CampaignState.OPEN);
        snapshots.of(open.id());
        var renamed = survey.org.departments.save(survey.finance.edit(survey.finance.code(),
                new BilingualName("财务中心", "Finance Centre"), survey.finance.kind(), survey.finance.version()));

        nanos.addAndGet(CampaignSnapshots.FRESH.toNanos() - 1);
        assertThat(snapshots.of(open.id()).orElseThrow().name(renamed.id())).isEqualTo(survey.finance.name());

        nanos.addAndGet(1);
        assertThat(snapshots.of(open.id()).orElseThrow().name(renamed.id())).isEqualTo(renamed.name());
    }

    @Test
    void a_campaign_not_stored_has_no_snapshot() {
        assertThat(snapshots.of(CampaignId.random())).isEmpty();
        assertThat(counted.byIdReads()).isZero();
    }

    @Test
    void however_many_campaigns_are_asked_for_each_answer_is_the_stored_one() {
        var many = new ArrayList<Campaign>();
        for (int i = 0; i < CampaignSnapshots.KEPT * 2 + 1; i++) {
            many.add(stored(CampaignState.OPEN));
        }

        for (var campaign : many) {
            assertThat(snapshots.of(campaign.id())).map(CampaignSnapshots.Snapshot::campaign).contains(campaign);
        }
        assertThat(snapshots.of(many.getLast().id())).map(CampaignSnapshots.Snapshot::campaign)
                .contains(many.getLast());
        assertThat(counted.byIdReads()).isEqualTo(many.size()); // the last one was still kept
    }

    private Campaign stored(CampaignState state) {
        var campaign = survey.campaign(RatingScope.OPERATIONS, state);
        return counted.save(campaign.withVersion(0));
    }
}
