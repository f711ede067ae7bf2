package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
 * The decided way to store exactly one response for an invitation (plan, phase 2): spend it and add
 * the response in one transaction. Two submissions that really overlap — the second one's spend
 * waits for the first one's row lock — store one response between them, and the second is told no.
 */
@PersistenceIntegrationTest
class SpendAndRespondIT {

    @Autowired
    private Transactions transactions;
    @Autowired
    private Campaigns campaigns;
    @Autowired
    private Invitations invitations;
    @Autowired
    private Responses responses;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void two_overlapping_submissions_with_one_invitation_store_exactly_one_response() throws Exception {
        var campaign = campaigns.save(SurveyFixtures.draft(new Period.Quarter(2031, 2))).id();
        var invitation = Invitation.issue(campaign, InvitationToken.random(), SALES, Optional.empty(),
                Optional.of(new EmailAddress("tabs@example.com")), Language.EN);
        invitations.addAll(List.of(invitation));

        // threads of their own: the common pool may have one thread on two cores
        try (var threads = Executors.newFixedThreadPool(2)) {
            overlap(threads, campaign, invitation);
        }
        assertThat(responses.count(campaign)).isEqualTo(1);
    }

    private void overlap(ExecutorService threads, CampaignId campaign, Invitation invitation) throws Exception {
        var firstSpent = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            boolean spent = invitations.spend(invitation.id());
            firstSpent.countDown();
            await(releaseFirst);
            respondIf(spent, campaign);
            return spent;
        }), threads);
        await(firstSpent);
        var second = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            boolean spent = invitations.spend(invitation.id());
            respondIf(spent, campaign);
            return spent;
        }), threads);
        try {
            waitUntilASpendWaitsForALock();
        } finally {
            releaseFirst.countDown();
        }

        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
    }

    private void respondIf(boolean spent, CampaignId campaign) {
        if (spent) {
            responses.addAll(List.of(new Response(UUID.randomUUID(), campaign, SALES, OPERATIONS,
                    Map.of(new ItemCode("RESPONSIVENESS"), 5), Optional.empty(), LocalDate.of(2031, 4, 9))));
        }
    }

    /** The second submission's spend blocked on the first one's row lock: the two really overlap. */
    private void waitUntilASpendWaitsForALock() throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like 'update survey_invitation set used%'""")
                .query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("a spend waiting for the lock").isBefore(deadline);
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
