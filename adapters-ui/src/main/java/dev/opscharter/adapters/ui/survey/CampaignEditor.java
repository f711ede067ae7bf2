package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.Translations;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.in.ManageCampaigns;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The campaign editor: a new campaign (the default questionnaire, every department that may be
 * invited, the current quarter in its title) or a draft or scheduled one as loaded. Ids of the
 * dialog: {@code campaign-dialog}, {@code campaign-save}, {@code campaign-cancel}, {@code campaign-reload}.
 */
final class CampaignEditor {

    private CampaignEditor() {
    }

    /** @param campaign null for a new campaign; {@code done} runs after each save attempt */
    static void open(Component owner, ManageCampaigns manage, CampaignQueries queries, SurveyTexts texts,
                     @Nullable Campaign campaign, Runnable done) {
        var today = LocalDate.now(Formats.timeZone());
        var quarter = Period.quarterOf(today);
        var blank = CampaignInput.fresh(
                owner.getTranslation(Translations.CHINESE, "survey.campaign.default-title", quarter.key()),
                owner.getTranslation(Translations.ENGLISH, "survey.campaign.default-title", quarter.key()),
                quarter, today, texts.invitable().stream().map(Department::id).toList());
        EditDialog.of("campaign", new CampaignForm(texts, today), CampaignInput::of)
                .creating(blank, (request, input) -> manage.create(request, input.draft()))
                .updating((c, input) -> manage.edit(c.id(), input.draft(), c.version()),
                        c -> queries.detail(c.id()).record())
                .open(owner.getTranslation(campaign == null ? "survey.campaign.new" : "survey.campaign.edit"),
                        campaign, done);
    }
}
