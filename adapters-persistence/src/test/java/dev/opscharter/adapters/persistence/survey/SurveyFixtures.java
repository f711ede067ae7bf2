package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.LikertItem;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Campaigns for the survey contracts, on the departments V2 seeds (a fake takes any id). */
final class SurveyFixtures {

    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final DepartmentId OPERATIONS = department(1);
    static final DepartmentId SALES = department(2);
    static final DepartmentId MARKETING = department(3);
    static final DepartmentId PRODUCT = department(4);
    static final DepartmentId IT = department(5);

    private SurveyFixtures() {
    }

    static DepartmentId department(int seeded) {
        return new DepartmentId(UUID.fromString("de000000-0000-4000-8000-%012x".formatted(seeded)));
    }

    /** Two required items and an optional one between them, so the order and the flags show. */
    static Questionnaire questionnaire() {
        return new Questionnaire(List.of(
                new LikertItem(new ItemCode("RESPONSIVENESS"), new BilingualName("响应速度", "Responsiveness"), true),
                new LikertItem(new ItemCode("EXTRA_HELP"), new BilingualName("额外帮助", "Extra help"), false),
                new LikertItem(new ItemCode("COMMUNICATION"), new BilingualName("沟通", "Communication"), true)),
                new BilingualName("其他意见", "Other comments"));
    }

    static Campaign draft(Optional<Period.Quarter> quarter, SurveyWindow window) {
        return Campaign.create(new BilingualName("协作满意度 " + quarter.map(Period.Quarter::key).orElse("专项"),
                        "Collaboration " + quarter.map(Period.Quarter::key).orElse("ad hoc")), quarter, window,
                questionnaire(), List.of(SALES, MARKETING, PRODUCT), RatingScope.MUTUAL, SatisfactionMethod.MEAN_SCALED,
                4, OPERATIONS, MANAGER);
    }

    static Campaign draft(Period.Quarter quarter) {
        return draft(Optional.of(quarter), new SurveyWindow(quarter.firstDay(), quarter.firstDay().plusDays(13)));
    }

    /** A campaign as the store would hand it back in {@code state}, never saved (version 0). */
    static Campaign inState(Campaign draft, CampaignState state, Optional<LocalDate> closedOn) {
        return Campaign.reconstitute(CampaignId.random(), draft.title(), draft.quarter(), draft.window(),
                draft.questionnaire(), draft.invited(), draft.scope(), draft.method(), draft.minimumGroup(), state,
                closedOn, draft.createdBy(), 0);
    }
}
