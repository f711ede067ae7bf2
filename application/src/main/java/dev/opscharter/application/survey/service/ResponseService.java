package dev.opscharter.application.survey.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.port.in.SubmitResponse;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Invitations.LinkTarget;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.survey.GuardKey;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SubmissionGuard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A respondent's submission through their link (SPEC §3 "Anonymity"). Nobody signs in for it and
 * nobody is named: no permission is asked (the link is the respondent's one right), and the audit
 * entry says only that a response arrived for the campaign, on which day. The responses are added with
 * the invitation's {@link SubmissionGuard} in one transaction, so of two tabs, a replay or a double click
 * exactly one records and the others find the guard taken. The invitation itself is never written: a
 * row changed in that transaction would carry its id ({@code xmin}) and name the respondent, while the
 * guard leads to no invitation without the {@link GuardKey}. The token appears in no message, field or log.
 */
public final class ResponseService implements SubmitResponse {

    /** The audit trail's name for a submission; its id is the campaign's, never the invitation's. */
    public static final String ENTITY = "SurveyResponse";

    private final Invitations invitations;
    private final Responses responses;
    private final Submissions submissions;
    private final Unanswered unanswered;
    private final GuardKey key;
    private final CampaignSnapshots campaigns;
    private final UseCase uc;

    public ResponseService(Campaigns campaigns, Invitations invitations, Responses responses, Submissions submissions,
                           Departments departments, GuardKey key, UseCase uc) {
        this.invitations = invitations;
        this.responses = responses;
        this.submissions = submissions;
        this.unanswered = new Unanswered(invitations, submissions, key);
        this.key = key;
        this.campaigns = new CampaignSnapshots(campaigns, departments, uc.transactions());
        this.uc = uc;
    }

    /**
     * Reads the link and the campaign's version, then adds the guard: whether the link was answered is
     * asked of the store only when the answers are refused (a used link then answers as any dead one,
     * whatever was sent through it); otherwise the guard's insert tells.
     */
    @Override
    public Outcome submit(String token, Map<DepartmentId, Map<ItemCode, Integer>> answers, Optional<String> comment) {
        var parsed = InvitationToken.parse(token);
        if (parsed.isEmpty()) {
            return Outcome.UNAVAILABLE;
        }
        var hash = parsed.get().hash();
        return uc.transactions().inTransaction(() -> {
            var now = uc.calendar().now();
            var zone = uc.calendar().zone().get();
            var target = invitations.target(hash);
            var snapshot = target.flatMap(t -> campaigns.of(t.campaign()))
                    .filter(s -> s.campaign().takesAnswersAt(now, zone));
            if (target.isEmpty() || snapshot.isEmpty()) {
                return Outcome.UNAVAILABLE;
            }
            var campaign = snapshot.get().campaign();
            var link = target.get();
            List<Response> kept;
            try {
                // validated before the guard is added: a refused answer leaves the link usable
                kept = responses(snapshot.get(), link, answers, comment, LocalDate.ofInstant(now, zone));
            } catch (InvalidValue refused) {
                if (unanswered.answered(link.campaign(), link.invitation())) {
                    return Outcome.UNAVAILABLE;
                }
                throw refused;
            }
            if (!submissions.add(SubmissionGuard.of(key, link.invitation()), campaign.id(), link.department())) {
                return Outcome.UNAVAILABLE; // answered before, or by another tab's submission just now
            }
            responses.addAll(kept);
            uc.auditAnonymously(ENTITY, campaign.id(), campaign.title().chinese(), AuditAction.CREATE);
            return Outcome.RECORDED;
        });
    }

    /**
     * One response per department the respondent's department rates, each with its validated answers.
     * The comment goes with the one about Operations (every respondent rates it) and no other: the same
     * text under several departments would show where it does not belong and tie one person's
     * responses together.
     */
    private static List<Response> responses(CampaignSnapshots.Snapshot snapshot, LinkTarget link,
                                            Map<DepartmentId, Map<ItemCode, Integer>> answers,
                                            Optional<String> comment, LocalDate today) {
        var campaign = snapshot.campaign();
        var rated = snapshot.ratedBy(link.department());
        answers.keySet().stream().filter(d -> !rated.contains(d)).findFirst().ifPresent(d -> {
            throw new InvalidValue("answers", "validation.survey.not-rated");
        });
        var kept = new ArrayList<Response>();
        for (var department : rated) {
            var scores = campaign.questionnaire().validate(answers.getOrDefault(department, Map.of()));
            kept.add(new Response(UUID.randomUUID(), campaign.id(), link.department(), department, scores,
                    department.equals(snapshot.operations()) ? comment : Optional.empty(), today));
        }
        return List.copyOf(kept);
    }
}
