package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.GuardKey;
import dev.opscharter.domain.survey.InvitationId;
import dev.opscharter.domain.survey.SubmissionGuard;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.MARKETING;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Submissions} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class SubmissionsContract {

    private static final GuardKey KEY = GuardKey.generate(new SecureRandom());

    protected abstract Submissions submissions();

    /** An open campaign, which the store takes guards for. */
    protected abstract CampaignId openCampaign();

    static SubmissionGuard guard() {
        return SubmissionGuard.of(KEY, InvitationId.random());
    }

    @Test
    void a_guard_is_added_once() {
        var campaign = openCampaign();
        var guard = guard();

        assertThat(submissions().add(guard, campaign, SALES)).isTrue();
        assertThat(submissions().add(guard, campaign, SALES)).isFalse();
        assertThat(submissions().add(guard, campaign, MARKETING)).isFalse();
        assertThat(submissions().answered(campaign)).isEqualTo(Map.of(SALES, 1L));
    }

    @Test
    void existing_answers_which_of_the_guards_the_campaign_holds() {
        var campaign = openCampaign();
        var stored = guard();
        var other = guard();
        var elsewhere = guard();
        submissions().add(stored, campaign, SALES);
        submissions().add(elsewhere, openCampaign(), SALES);

        assertThat(submissions().existing(campaign, List.of(stored, other, elsewhere))).containsExactly(stored);
        assertThat(submissions().existing(campaign, List.of())).isEmpty();
    }

    @Test
    void the_answered_are_counted_per_department() {
        var campaign = openCampaign();
        submissions().add(guard(), campaign, SALES);
        submissions().add(guard(), campaign, SALES);
        submissions().add(guard(), campaign, MARKETING);
        submissions().add(guard(), openCampaign(), MARKETING);

        assertThat(submissions().answered(campaign)).isEqualTo(Map.of(SALES, 2L, MARKETING, 1L));
        assertThat(submissions().answered(openCampaign())).isEmpty();
    }

    @Test
    void of_two_threads_adding_the_same_guard_at_once_exactly_one_adds_it() throws Exception {
        var campaign = openCampaign();
        for (int round = 0; round < 10; round++) {
            var guard = guard();
            var start = new CountDownLatch(1);
            Callable<Boolean> add = () -> {
                start.await();
                return submissions().add(guard, campaign, SALES);
            };
            try (var threads = Executors.newFixedThreadPool(2)) {
                var first = threads.submit(add);
                var second = threads.submit(add);
                start.countDown();
                assertThat(List.of(result(first), result(second))).containsExactlyInAnyOrder(true, false);
            }
        }
        assertThat(submissions().answered(campaign)).isEqualTo(Map.of(SALES, 10L));
    }

    private static boolean result(Future<Boolean> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }
}
