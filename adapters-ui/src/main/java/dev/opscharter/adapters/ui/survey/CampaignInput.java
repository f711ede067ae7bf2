package dev.opscharter.adapters.ui.survey;

import dev.opscharter.application.survey.port.in.ManageCampaigns.CampaignDraft;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.LikertItem;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A campaign as the form holds it, before the domain has checked it: texts as typed, days maybe not
 * chosen yet. {@link #draft()} builds the use case's draft; what the domain refuses names the form
 * field it belongs to (the title's and the comment prompt's names apart, every item problem at the
 * questionnaire).
 */
record CampaignInput(String titleZh, String titleEn, Optional<Period.Quarter> quarter, @Nullable LocalDate opensOn,
                     @Nullable LocalDate closesOn, List<DepartmentId> invited, RatingScope scope,
                     SatisfactionMethod method, @Nullable Integer minimumGroup, List<ItemInput> items,
                     String promptZh, String promptEn) {

    /** One questionnaire item as typed. */
    record ItemInput(String code, String textZh, String textEn, boolean required) {

        static ItemInput of(LikertItem item) {
            return new ItemInput(item.code().value(), item.text().chinese(), item.text().english(), item.required());
        }

        LikertItem item() {
            return new LikertItem(new ItemCode(code.strip()), new BilingualName(textZh, textEn), required);
        }
    }

    CampaignInput {
        invited = List.copyOf(invited);
        items = List.copyOf(items);
    }

    /** A new campaign: the default questionnaire, every department that may be invited, a two-week window from today. */
    static CampaignInput fresh(String titleZh, String titleEn, Period.Quarter quarter, LocalDate today,
                               List<DepartmentId> invitable) {
        var defaults = Questionnaire.defaults();
        return new CampaignInput(titleZh, titleEn, Optional.of(quarter), today, today.plusDays(13), invitable,
                RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, Campaign.DEFAULT_GROUP,
                defaults.items().stream().map(ItemInput::of).toList(), defaults.commentPrompt().chinese(),
                defaults.commentPrompt().english());
    }

    static CampaignInput of(Campaign campaign) {
        var questionnaire = campaign.questionnaire();
        return new CampaignInput(campaign.title().chinese(), campaign.title().english(), campaign.quarter(),
                campaign.window().opensOn(), campaign.window().closesOn(), campaign.invited(), campaign.scope(),
                campaign.method(), campaign.minimumGroup(), questionnaire.items().stream().map(ItemInput::of).toList(),
                questionnaire.commentPrompt().chinese(), questionnaire.commentPrompt().english());
    }

    /** The draft for the use case; refuses with the field of the form that holds the problem. */
    CampaignDraft draft() {
        var title = at("title.", () -> new BilingualName(titleZh, titleEn));
        var window = new SurveyWindow(Require.present(opensOn, "opensOn"), Require.present(closesOn, "closesOn"));
        var prompt = at("prompt.", () -> new BilingualName(promptZh, promptEn));
        var questionnaire = at("items", () -> new Questionnaire(items.stream().map(ItemInput::item).toList(), prompt));
        if (minimumGroup == null) {
            throw new InvalidValue("minimumGroup", "validation.survey.minimum-group", Campaign.MIN_GROUP,
                    Campaign.MAX_GROUP);
        }
        return new CampaignDraft(title, quarter, window, questionnaire, invited, scope, method, minimumGroup);
    }

    /**
     * Runs a part of the draft; a refusal is told at {@code field}: a prefix ending in a dot keeps the
     * domain's own field after it ("title.nameZh"), anything else replaces it.
     */
    private static <T> T at(String field, Supplier<T> part) {
        try {
            return part.get();
        } catch (InvalidValue refused) {
            var name = field.endsWith(".") ? field + refused.field() : field;
            throw new InvalidValue(name, refused.messageKey(), refused.arguments().toArray());
        }
    }
}
