package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.GuardKey;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SubmissionGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.OPERATIONS;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decided way to store exactly one response for an invitation (plan, phase 2a): add its guard
 * (V22) and the response in one transaction, never touching the invitation. Two submissions that
 * really overlap — the second one's insert waits for the first one's uncommitted guard — store one
 * response and one guard between them, and the second is told no.
 */
@PersistenceIntegrationTest
class SpendAndRespondIT {

    private static final GuardKey KEY = GuardKey.generate(new SecureRandom());

    @Autowired
    private Transactions transactions;
    @Autowired
    private Campaigns campaigns;
    @Autowired
    private Invitations invitations;
    @Autowired
    private Responses responses;
    @Autowired
    private Submissions submissions;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void two_overlapping_submissions_with_one_invitation_store_exactly_one_response() throws Exception {
        var campaign = campaigns.save(SurveyFixtures.inState(SurveyFixtures.draft(new Period.Quarter(2031, 2)),
                CampaignState.OPEN, Optional.empty())).id();
        var invitation = Invitation.issue(campaign, InvitationToken.random(), SALES, Optional.empty(),
                Optional.of(new EmailAddress("tabs@example.com")), Language.EN);
        invitations.addAll(List.of(invitation));

        // threads of their own: the common pool may have one thread on two cores
        try (var threads = Executors.newFixedThreadPool(2)) {
            overlap(threads, campaign, invitation);
        }
        assertThat(responses.count(campaign)).isEqualTo(1);
        assertThat(submissions.answered(campaign)).isEqualTo(Map.of(SALES, 1L));
    }

    private void overlap(ExecutorService threads, CampaignId campaign, Invitation invitation) throws Exception {
        var guard = SubmissionGuard.of(KEY, invitation.id());
        var firstGuarded = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            boolean won = submissions.add(guard, campaign, invitation.department());
            firstGuarded.countDown();
            await(releaseFirst);
            respondIf(won, campaign);
            return won;
        }), threads);
        await(firstGuarded);
        var second = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            boolean won = submissions.add(guard, campaign, invitation.department());
            respondIf(won, campaign);
            return won;
        }), threads);
        try {
            waitUntilAnInsertWaitsForALock();
        } finally {
            releaseFirst.countDown();
        }

        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
    }

    private void respondIf(boolean won, CampaignId campaign) {
        if (won) {
            responses.addAll(List.of(new Response(UUID.randomUUID(), campaign, SALES, OPERATIONS,
                    Map.of(new ItemCode("RESPONSIVENESS"), 5), Optional.empty(), LocalDate.of(2031, 4, 9))));
        }
    }

    /** The second submission's guard insert blocked on the first one's transaction: the two really overlap. */
    private void waitUntilAnInsertWaitsForALock() throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like '%insert into survey_submission%'""")
                .query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("an insert waiting for the lock").isBefore(deadline);
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
