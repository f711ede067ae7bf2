package dev.opscharter.application.survey.service;

import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.application.survey.port.in.SubmitResponse.Outcome;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.GuardKey;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SubmissionGuard;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.opscharter.application.survey.SurveyFixture.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseServiceTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final ResponseService service = survey.responseService();
    private final Campaign open = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);

    @Test
    void a_submission_stores_an_anonymous_response_and_its_guard_and_audits_only_that_one_arrived_that_day() {
        var token = survey.invite(open, survey.finance);
        var invitation = survey.invitations.byTokenHash(token.hash()).orElseThrow();
        survey.org.actAs("li.ming", Role.OPS_MANAGER); // a signed-in user answering their own link is not named

        var outcome = service.submit(token.value(), survey.aboutOperations(5), Optional.of("  快速响应  "));

        assertThat(outcome).isEqualTo(Outcome.RECORDED);
        var stored = survey.responses.of(open.id());
        assertThat(stored).singleElement().satisfies(response -> {
            assertThat(response.rater()).isEqualTo(survey.finance.id());
            assertThat(response.rated()).isEqualTo(survey.operations.id());
            assertThat(response.answers()).isEqualTo(all(5));
            assertThat(response.comment()).contains("快速响应");
            assertThat(response.submittedOn()).isEqualTo(LocalDate.of(2026, 5, 14));
        });
        var guard = SubmissionGuard.of(survey.key, invitation.id());
        assertThat(survey.submissions.existing(open.id(), List.of(guard))).containsExactly(guard);
        assertThat(survey.submissions.answered(open.id())).isEqualTo(Map.of(survey.finance.id(), 1L));
        assertThat(survey.invitations.byId(invitation.id())).contains(invitation); // never written
        var entry = survey.org.onlyAuditEntry();
        // the day only, in the organization's zone: the entry shares the response's transaction
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-05-13T16:00:00Z"));
        assertThat(entry.actor()).isEqualTo(Actor.ANONYMOUS.name());
        assertThat(entry.entityType()).isEqualTo("SurveyResponse");
        assertThat(entry.entityId()).isEqualTo(open.id().toString());
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.changes()).isEmpty();
        assertThat(entry.toString()).doesNotContain(token.value()).doesNotContain(token.hash());
    }

    @Test
    void no_one_needs_to_be_signed_in() {
        var token = survey.invite(open, survey.hr);
        survey.org.actAs(Actor.ANONYMOUS);

        assertThat(service.submit(token.value(), survey.aboutOperations(4), Optional.empty()))
                .isEqualTo(Outcome.RECORDED);
    }

    @Test
    void a_second_submission_with_the_same_link_stores_nothing() {
        var token = survey.invite(open, survey.finance);
        service.submit(token.value(), survey.aboutOperations(5), Optional.empty());

        assertThat(service.submit(token.value(), survey.aboutOperations(1), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(survey.responses.of(open.id())).singleElement()
                .satisfies(r -> assertThat(r.answers()).isEqualTo(all(5)));
        assertThat(survey.org.auditLog.entries()).hasSize(1);
    }

    @Test
    void two_tabs_submitting_at_once_record_exactly_one_response() throws Exception {
        var token = survey.invite(open, survey.finance);

        var outcomes = race(token, 2);

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.RECORDED, Outcome.UNAVAILABLE);
        assertThat(survey.responses.of(open.id())).hasSize(1);
        assertThat(survey.submissions.count()).isEqualTo(1);
        assertThat(survey.org.auditLog.entries()).hasSize(1);
    }

    @Test
    void of_many_submissions_racing_on_each_link_exactly_one_records() throws Exception {
        int links = 20;
        for (int i = 0; i < links; i++) {
            var outcomes = race(survey.invite(open, survey.finance), 4);
            assertThat(outcomes).filteredOn(o -> o == Outcome.RECORDED).hasSize(1);
        }

        assertThat(survey.responses.of(open.id())).hasSize(links);
        assertThat(survey.submissions.count()).isEqualTo(links);
    }

    /** {@code threads} submissions of one link, released together. */
    private List<Outcome> race(InvitationToken token, int threads) throws Exception {
        var start = new CountDownLatch(1);
        Callable<Outcome> submit = () -> {
            start.await();
            return service.submit(token.value(), survey.aboutOperations(4), Optional.of("once"));
        };
        var futures = new ArrayList<Future<Outcome>>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(submit));
            }
            start.countDown();
        }
        return futures.stream().map(ResponseServiceTest::outcome).toList();
    }

    @Test
    void an_answered_link_is_unavailable_whatever_answers_it_sends() {
        var token = survey.invite(open, survey.finance);
        service.submit(token.value(), survey.aboutOperations(5), Optional.empty());

        assertThat(service.submit(token.value(), Map.of(survey.hr.id(), all(9)), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(survey.responses.all()).hasSize(1);
    }

    @Test
    void the_guard_is_the_key_s_so_another_key_finds_the_link_unanswered() {
        var token = survey.invite(open, survey.finance);
        var invitation = survey.invitations.byTokenHash(token.hash()).orElseThrow();
        var otherKey = GuardKey.generate(new SecureRandom());
        survey.submissions.add(SubmissionGuard.of(otherKey, invitation.id()), open.id(), survey.finance.id());

        assertThat(service.submit(token.value(), survey.aboutOperations(5), Optional.empty()))
                .isEqualTo(Outcome.RECORDED);
        assertThat(survey.submissions.count()).isEqualTo(2);
    }

    @Test
    void a_replay_after_the_campaign_closed_is_unavailable() {
        var token = survey.invite(open, survey.finance);
        survey.campaigns.save(open.close(Actor.SCHEDULE, survey.org.calendar.today(), open.version()));

        assertThat(service.submit(token.value(), survey.aboutOperations(5), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(survey.responses.all()).isEmpty();
        assertThat(survey.submissions.count()).isZero();
        assertThat(survey.org.auditLog.entries()).isEmpty();
    }

    @Test
    void a_campaign_closed_between_two_submissions_takes_the_first_and_not_the_second() {
        var first = survey.invite(open, survey.finance);
        var second = survey.invite(open, survey.hr);
        assertThat(service.submit(first.value(), survey.aboutOperations(5), Optional.empty()))
                .isEqualTo(Outcome.RECORDED);

        survey.campaigns.save(open.close(Actor.SCHEDULE, survey.org.calendar.today(), open.version()));

        assertThat(service.submit(second.value(), survey.aboutOperations(5), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(survey.responses.all()).hasSize(1);
    }

    @Test
    void unknown_malformed_used_and_expired_links_look_the_same() {
        var used = survey.invite(open, survey.finance);
        service.submit(used.value(), survey.aboutOperations(5), Optional.empty());
        var expired = survey.invite(open, survey.hr);
        var scheduled = survey.invite(survey.campaign(RatingScope.OPERATIONS, CampaignState.SCHEDULED), survey.it);

        assertThat(service.submit(InvitationToken.random().value(), survey.aboutOperations(5), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(service.submit("../../etc/passwd", survey.aboutOperations(5), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(service.submit(used.value(), survey.aboutOperations(5), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(service.submit(scheduled.value(), survey.aboutOperations(5), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        // the window's last day ends at midnight in Shanghai; the campaign is still open until the job closes it
        survey.org.clock.set(SurveyFixture.WINDOW.closesAt(survey.org.calendar.zone().get()));
        assertThat(service.submit(expired.value(), survey.aboutOperations(5), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(survey.responses.all()).hasSize(1);
    }

    @Test
    void the_last_moment_of_the_window_still_counts() {
        var token = survey.invite(open, survey.finance);
        survey.org.clock.set(SurveyFixture.WINDOW.closesAt(survey.org.calendar.zone().get()).minus(Duration.ofSeconds(1)));

        assertThat(service.submit(token.value(), survey.aboutOperations(3), Optional.empty()))
                .isEqualTo(Outcome.RECORDED);
        assertThat(survey.responses.all()).singleElement()
                .satisfies(r -> assertThat(r.submittedOn()).isEqualTo(SurveyFixture.WINDOW.closesOn()));
    }

    @Test
    void an_invalid_answer_stores_nothing_and_leaves_the_link_usable() {
        var token = survey.invite(open, survey.finance);
        var answers = new HashMap<>(all(4));
        answers.put(new ItemCode("COMMUNICATION"), 6);

        assertThatThrownBy(() -> service.submit(token.value(), Map.of(survey.operations.id(), answers),
                Optional.empty()))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("COMMUNICATION");
                    assertThat(invalid.messageKey()).isEqualTo("validation.survey.score");
                })
                .message().doesNotContain(token.value());
        assertThat(survey.responses.all()).isEmpty();
        assertThat(survey.submissions.count()).isZero();
        assertThat(survey.org.auditLog.entries()).isEmpty();

        assertThat(service.submit(token.value(), survey.aboutOperations(4), Optional.empty()))
                .isEqualTo(Outcome.RECORDED);
    }

    @Test
    void a_required_item_left_out_names_the_item() {
        var token = survey.invite(open, survey.finance);
        var answers = new HashMap<>(all(4));
        answers.remove(new ItemCode("PROCESS_CLARITY"));

        assertThatThrownBy(() -> service.submit(token.value(), Map.of(survey.operations.id(), answers),
                Optional.empty()))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("PROCESS_CLARITY");
                    assertThat(invalid.messageKey()).isEqualTo("validation.survey.answer-required");
                });
        assertThat(survey.submissions.count()).isZero();
    }

    @Test
    void answers_about_a_department_the_respondent_does_not_rate_are_refused() {
        var token = survey.invite(open, survey.finance);

        assertThatThrownBy(() -> service.submit(token.value(),
                Map.of(survey.operations.id(), all(4), survey.hr.id(), all(4)), Optional.empty()))
                .isInstanceOfSatisfying(InvalidValue.class,
                        invalid -> assertThat(invalid.messageKey()).isEqualTo("validation.survey.not-rated"));
        assertThat(survey.submissions.count()).isZero();
    }

    @Test
    void in_a_mutual_survey_one_submission_stores_one_response_per_rated_department_the_comment_once() {
        var mutual = survey.campaign(RatingScope.MUTUAL, CampaignState.OPEN);
        var token = survey.invite(mutual, survey.hr);

        var outcome = service.submit(token.value(), Map.of(survey.operations.id(), all(5),
                survey.finance.id(), all(3), survey.it.id(), all(2)), Optional.of("Operations answers fast"));

        assertThat(outcome).isEqualTo(Outcome.RECORDED);
        var stored = survey.responses.of(mutual.id());
        assertThat(stored).extracting(Response::rated)
                .containsExactlyInAnyOrder(survey.operations.id(), survey.finance.id(), survey.it.id());
        assertThat(stored).allSatisfy(r -> assertThat(r.rater()).isEqualTo(survey.hr.id()));
        assertThat(stored).extracting(Response::id).doesNotHaveDuplicates();
        assertThat(stored).filteredOn(r -> r.comment().isPresent()).singleElement()
                .satisfies(r -> assertThat(r.rated()).isEqualTo(survey.operations.id()));
        assertThat(survey.org.auditLog.entries()).hasSize(1);
    }

    @Test
    void a_reminders_link_works_as_the_first_one_did_and_either_spends_the_invitation() {
        var first = survey.invite(open, survey.finance);
        var invitation = survey.invitations.byTokenHash(first.hash()).orElseThrow();
        var reminder = InvitationToken.random();
        survey.invitations.update(invitation.reminded(reminder, survey.org.clock.instant()));

        assertThat(service.submit(reminder.value(), survey.aboutOperations(4), Optional.empty()))
                .isEqualTo(Outcome.RECORDED);
        assertThat(service.submit(first.value(), survey.aboutOperations(4), Optional.empty()))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(survey.responses.all()).hasSize(1);
    }

    private static Outcome outcome(Future<Outcome> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
