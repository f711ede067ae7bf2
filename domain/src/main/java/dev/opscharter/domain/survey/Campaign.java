package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A survey campaign (调研活动): which departments rate whom ({@link RatingScope}), the questionnaire,
 * the window, how satisfaction is computed and the smallest group whose results are shown. States
 * in {@link CampaignState}. Specialists, managers and directors prepare drafts; managers and
 * directors ({@link SurveyPermission#MANAGE}) schedule, open, close, cancel, invite and remind. The
 * window is the rule for opening: a campaign opens when its window has started, not before (the
 * scheduler opens it on the day); it may close early, and the day it closed is recorded.
 *
 * @param quarter   the quarter it measures; empty for an ad-hoc campaign
 * @param invited   the departments whose people answer, never Operations itself (it is rated)
 * @param closedOn  the last day answers were taken; present exactly when closed
 * @param createdBy who prepared it (a user name, or the scheduler for a quarterly campaign)
 */
public record Campaign(CampaignId id, BilingualName title, Optional<Period.Quarter> quarter, SurveyWindow window,
                       Questionnaire questionnaire, List<DepartmentId> invited, RatingScope scope,
                       SatisfactionMethod method, int minimumGroup, CampaignState state, Optional<LocalDate> closedOn,
                       String createdBy, long version) {

    /** Below three, a respondent could be singled out by anyone who knows one of the others' answers. */
    public static final int MIN_GROUP = 3;
    public static final int DEFAULT_GROUP = 3;
    public static final int MAX_GROUP = 50;

    public Campaign {
        Require.present(id, "id");
        Require.present(title, "title");
        Require.present(quarter, "quarter");
        Require.present(window, "window");
        Require.present(questionnaire, "questionnaire");
        invited = List.copyOf(Require.present(invited, "departments"));
        if (invited.isEmpty()) {
            throw new InvalidValue("departments", "validation.survey.departments-required");
        }
        if (new HashSet<>(invited).size() != invited.size()) {
            throw new InvalidValue("departments", "validation.survey.department-duplicate");
        }
        Require.present(scope, "scope");
        Require.present(method, "method");
        if (minimumGroup < MIN_GROUP || minimumGroup > MAX_GROUP) {
            throw new InvalidValue("minimumGroup", "validation.survey.minimum-group", MIN_GROUP, MAX_GROUP);
        }
        Require.present(state, "state");
        Require.present(closedOn, "closedOn");
        if (closedOn.isPresent() != (state == CampaignState.CLOSED)) {
            throw new IllegalArgumentException("a campaign has a closing day exactly when it is closed");
        }
        createdBy = Require.text(createdBy, "createdBy", 80);
    }

    /** A new draft. {@code operations} is the department every campaign rates: it is not invited. */
    public static Campaign create(BilingualName title, Optional<Period.Quarter> quarter, SurveyWindow window,
                                  Questionnaire questionnaire, List<DepartmentId> invited, RatingScope scope,
                                  SatisfactionMethod method, int minimumGroup, DepartmentId operations, Actor by) {
        Refusal.enforce(preparer(by));
        notInvited(operations, invited);
        return new Campaign(CampaignId.random(), title, quarter, window, questionnaire, invited, scope, method,
                minimumGroup, CampaignState.DRAFT, Optional.empty(), by.name(), 0);
    }

    /**
     * The next quarterly campaign from the last one, scheduled by the scheduler: the same questionnaire,
     * departments, scope, method and minimum, a new window; the last one's quarter in its title becomes
     * the new one's ("2026-Q2 …" → "2026-Q3 …"). The caller chooses a window that has not ended.
     */
    public static Campaign nextQuarter(Campaign last, Period.Quarter quarter, SurveyWindow window) {
        var title = last.quarter.map(q -> retitled(last.title, q, quarter)).orElse(last.title);
        return new Campaign(CampaignId.random(), title, Optional.of(quarter), window, last.questionnaire,
                last.invited, last.scope, last.method, last.minimumGroup, CampaignState.SCHEDULED, Optional.empty(),
                Actor.SCHEDULE.name(), 0);
    }

    private static BilingualName retitled(BilingualName title, Period.Quarter from, Period.Quarter to) {
        return new BilingualName(title.chinese().replace(from.key(), to.key()),
                title.english().replace(from.key(), to.key()));
    }

    // ---- steps

    /**
     * What {@code by} may do next on {@code today} (in the organization's zone), from the guards the
     * transitions use. A manager sees schedule blocked on a draft whose window has ended and open
     * blocked on a scheduled campaign whose window has not started, so they see why; any other
     * refused step is not theirs or not for this state, and is left out.
     */
    public List<Step<CampaignStep>> allowedSteps(Actor by, LocalDate today) {
        var steps = new ArrayList<Step<CampaignStep>>();
        for (var kind : CampaignStep.values()) {
            var guard = guard(kind, by, today);
            if (guard.isEmpty() || shownBlocked(kind, by)) {
                steps.add(Step.of(kind, guard));
            }
        }
        return List.copyOf(steps);
    }

    /**
     * Refuses a step that changes nothing on the campaign itself (invite, remind) unless its guard lets
     * it through; the use case asks before it sends anything. The other steps have their transitions.
     */
    public void require(CampaignStep kind, Actor by, LocalDate today) {
        Refusal.enforce(guard(kind, by, today));
    }

    private Optional<Refusal> guard(CampaignStep kind, Actor by, LocalDate today) {
        return switch (kind) {
            case EDIT -> preparer(by).or(this::editable)
                    .or(() -> state == CampaignState.SCHEDULED ? manager(by) : Optional.empty());
            case SCHEDULE -> manager(by)
                    .or(() -> inState(CampaignState.DRAFT, "rule.survey.campaign.schedule.not-draft"))
                    .or(() -> windowNotEnded(today));
            case OPEN -> manager(by)
                    .or(() -> inState(CampaignState.SCHEDULED, "rule.survey.campaign.open.not-scheduled"))
                    .or(() -> window.hasStarted(today) ? Optional.empty()
                            : Refusal.because("rule.survey.campaign.open.not-yet", window.opensOn().toString()))
                    .or(() -> windowNotEnded(today));
            case CLOSE -> manager(by).or(() -> inState(CampaignState.OPEN, "rule.survey.campaign.close.not-open"));
            case CANCEL -> manager(by).or(() -> state.beforeOpening() ? Optional.empty()
                    : Refusal.because("rule.survey.campaign.cancel.opened"));
            case INVITE -> manager(by).or(() -> state == CampaignState.SCHEDULED || state == CampaignState.OPEN
                    ? Optional.empty() : Refusal.because("rule.survey.campaign.invite.not-ready"))
                    .or(() -> windowNotEnded(today));
            case REMIND -> manager(by).or(() -> inState(CampaignState.OPEN, "rule.survey.campaign.remind.not-open"))
                    .or(() -> windowNotEnded(today));
        };
    }

    /** The steps whose refusal tells a manager something they can act on; they are shown disabled. */
    private boolean shownBlocked(CampaignStep kind, Actor by) {
        return switch (kind) {
            case SCHEDULE -> state == CampaignState.DRAFT && by.may(SurveyPermission.MANAGE);
            case OPEN -> state == CampaignState.SCHEDULED && by.may(SurveyPermission.MANAGE);
            case EDIT, CLOSE, CANCEL, INVITE, REMIND -> false;
        };
    }

    // ---- lifecycle

    /**
     * Changes a draft, or a scheduled campaign (managers only); refused from opening on, when the
     * questionnaire is frozen. A scheduled campaign keeps a window that has not ended.
     */
    public Campaign edit(Actor by, BilingualName newTitle, Optional<Period.Quarter> newQuarter, SurveyWindow newWindow,
                         Questionnaire newQuestionnaire, List<DepartmentId> newInvited, RatingScope newScope,
                         SatisfactionMethod newMethod, int newMinimumGroup, DepartmentId operations, LocalDate today,
                         long expectedVersion) {
        Refusal.enforce(guard(CampaignStep.EDIT, by, today));
        notInvited(operations, newInvited);
        if (state == CampaignState.SCHEDULED && newWindow.hasEnded(today)) {
            throw new InvalidValue("closesOn", "validation.survey.window-ended");
        }
        return new Campaign(id, newTitle, newQuarter, newWindow, newQuestionnaire, newInvited, newScope, newMethod,
                newMinimumGroup, state, closedOn, createdBy, expectedVersion);
    }

    /** DRAFT → SCHEDULED: a manager, while the window has not ended; the scheduler opens it when it starts. */
    public Campaign schedule(Actor by, LocalDate today, long expectedVersion) {
        Refusal.enforce(guard(CampaignStep.SCHEDULE, by, today));
        return next(CampaignState.SCHEDULED, Optional.empty(), expectedVersion);
    }

    /** SCHEDULED → OPEN: once the window has started and before it ends. */
    public Campaign open(Actor by, LocalDate today, long expectedVersion) {
        Refusal.enforce(guard(CampaignStep.OPEN, by, today));
        return next(CampaignState.OPEN, Optional.empty(), expectedVersion);
    }

    /**
     * OPEN → CLOSED: by a manager early, or by the scheduler after the window. The closing day is the
     * last day answers were taken: today, or the window's last day when it is closed after it.
     */
    public Campaign close(Actor by, LocalDate today, long expectedVersion) {
        Refusal.enforce(guard(CampaignStep.CLOSE, by, today));
        var lastDay = window.hasEnded(today) ? window.closesOn() : today;
        return next(CampaignState.CLOSED, Optional.of(lastDay), expectedVersion);
    }

    /** DRAFT or SCHEDULED → CANCELLED: a campaign that has opened is closed instead, its answers kept. */
    public Campaign cancel(Actor by, long expectedVersion) {
        Refusal.enforce(guard(CampaignStep.CANCEL, by, LocalDate.MIN)); // the day does not matter to cancelling
        return next(CampaignState.CANCELLED, Optional.empty(), expectedVersion);
    }

    // ---- questions

    /** Whether an answer arriving at {@code at} is taken: the campaign is open and so is its window there. */
    public boolean takesAnswersAt(Instant at, ZoneId zone) {
        return state == CampaignState.OPEN && window.isOpenAt(at, zone);
    }

    /** Every (rater, rated) pair of this campaign. */
    public List<RatingScope.Pair> pairs(DepartmentId operations) {
        return scope.pairs(invited, operations);
    }

    /** The audit trail's view of the campaign: its settings, never anything about respondents. */
    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title.chinese() + " / " + title.english());
        quarter.ifPresent(q -> fields.put("quarter", q.key()));
        fields.put("window", window.opensOn() + " – " + window.closesOn());
        fields.put("items", questionnaire.codes().stream().map(ItemCode::value).collect(Collectors.joining(", ")));
        fields.put("departments", invited.stream().map(DepartmentId::toString).collect(Collectors.joining(", ")));
        fields.put("scope", scope.name());
        fields.put("method", method.name());
        fields.put("minimumGroup", Integer.toString(minimumGroup));
        fields.put("state", state.name());
        closedOn.ifPresent(day -> fields.put("closedOn", day.toString()));
        return fields;
    }

    // ---- internals

    private static Optional<Refusal> preparer(Actor by) {
        return by.may(SurveyPermission.PREPARE)
                ? Optional.empty() : Refusal.because("rule.survey.campaign.prepare-only");
    }

    private static Optional<Refusal> manager(Actor by) {
        return by.may(SurveyPermission.MANAGE)
                ? Optional.empty() : Refusal.because("rule.survey.campaign.manage-only");
    }

    private Optional<Refusal> editable() {
        return state.beforeOpening() ? Optional.empty() : Refusal.because("rule.survey.campaign.frozen");
    }

    private Optional<Refusal> inState(CampaignState wanted, String refusal) {
        return state == wanted ? Optional.empty() : Refusal.because(refusal);
    }

    private Optional<Refusal> windowNotEnded(LocalDate today) {
        return window.hasEnded(today)
                ? Refusal.because("rule.survey.campaign.window-ended", window.closesOn().toString()) : Optional.empty();
    }

    private static void notInvited(DepartmentId operations, List<DepartmentId> invited) {
        if (invited.contains(operations)) {
            throw new InvalidValue("departments", "validation.survey.operations-invited");
        }
    }

    private Campaign next(CampaignState newState, Optional<LocalDate> newClosedOn, long expectedVersion) {
        return new Campaign(id, title, quarter, window, questionnaire, invited, scope, method, minimumGroup, newState,
                newClosedOn, createdBy, expectedVersion);
    }

    /** Rebuilds a stored campaign as it was saved; for the persistence mapper and the fakes. */
    public static Campaign reconstitute(CampaignId id, BilingualName title, Optional<Period.Quarter> quarter,
                                        SurveyWindow window, Questionnaire questionnaire, List<DepartmentId> invited,
                                        RatingScope scope, SatisfactionMethod method, int minimumGroup,
                                        CampaignState state, Optional<LocalDate> closedOn, String createdBy,
                                        long version) {
        return new Campaign(id, title, quarter, window, questionnaire, invited, scope, method, minimumGroup, state,
                closedOn, createdBy, version);
    }

    /** The same campaign with another version: what a store hands back after saving. */
    public Campaign withVersion(long newVersion) {
        return new Campaign(id, title, quarter, window, questionnaire, invited, scope, method, minimumGroup, state,
                closedOn, createdBy, newVersion);
    }
}
