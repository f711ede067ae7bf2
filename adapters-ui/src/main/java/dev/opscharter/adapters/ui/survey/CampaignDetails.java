package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.Irreversible;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.adapters.ui.survey.invite.InviteDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions.StepForm;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.in.ManageCampaigns;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.CampaignStep;
import dev.opscharter.domain.survey.SurveyPermission;

import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One campaign in full: its settings, the questionnaire (read-only here; it is edited in the editor
 * until the campaign opens), for those who run it the live response rates, the way to its results,
 * and exactly the steps the campaign's rules give the user today. Closing and cancelling ask first
 * and say what becomes final. Ids: {@code campaign-details}, facts {@code campaign-<fact>}, steps
 * {@code campaign-edit}, {@code -schedule}, {@code -open}, {@code -close}, {@code -cancel}.
 */
final class CampaignDetails {

    private final SurveyTexts texts;
    private final Facts facts;

    private CampaignDetails(SurveyTexts texts, Facts facts) {
        this.texts = texts;
        this.facts = facts;
    }

    /** @param changed runs after every step, for the list behind the dialog */
    static void open(CampaignQueries queries, ManageCampaigns manage, InviteDialog invite, SurveyTexts texts,
                     MyPermissions permissions, CampaignId id, Runnable changed) {
        var steps = new StepActions<Campaign, CampaignStep>()
                .on(CampaignStep.EDIT, "survey.campaign.edit", "campaign-edit",
                        (owner, c, done) -> CampaignEditor.open(owner, manage, queries, texts, c, done))
                .on(CampaignStep.SCHEDULE, "survey.campaign.schedule", "campaign-schedule", ButtonVariant.PRIMARY,
                        StepForm.now("survey.campaign.scheduled", c -> manage.schedule(c.id(), c.version())))
                .on(CampaignStep.OPEN, "survey.campaign.open", "campaign-open", ButtonVariant.PRIMARY,
                        StepForm.now("survey.campaign.opened", c -> manage.open(c.id(), c.version())))
                .on(CampaignStep.CLOSE, "survey.campaign.close", "campaign-close", ButtonVariant.ERROR,
                        confirmed("close", "survey.campaign.closed", c -> manage.close(c.id(), c.version())))
                .on(CampaignStep.CANCEL, "survey.campaign.cancel", "campaign-cancel", ButtonVariant.ERROR,
                        confirmed("cancel", "survey.campaign.cancelled", c -> manage.cancel(c.id(), c.version())))
                .on(CampaignStep.INVITE, "survey.campaign.invite", "campaign-invite",
                        (owner, c, done) -> invite.open(c, done))
                .on(CampaignStep.REMIND, "survey.campaign.remind", "campaign-remind",
                        (owner, c, done) -> invite.remind(owner, c, done));
        boolean manager = permissions.may(SurveyPermission.MANAGE);
        new RecordDialog<>("campaign-details", () -> queries.detail(id), c -> texts.name(c.title()),
                (campaign, facts) -> new CampaignDetails(texts, facts).show(campaign, queries, manager), steps, changed)
                .history(permissions, "Campaign", id).open();
    }

    /**
     * A step that cannot be undone: a dialog says what becomes final ({@code survey.campaign.<step>.consequence})
     * and runs the step only when confirmed.
     */
    private static StepForm<Campaign> confirmed(String step, String successKey, Consumer<Campaign> useCase) {
        return (owner, campaign, done) -> Irreversible.confirm(owner.getTranslation("survey.campaign." + step),
                owner.getTranslation("survey.campaign." + step + ".consequence"),
                owner.getTranslation("survey.campaign." + step), "campaign-" + step + "-confirm", () -> {
                    boolean taken = Attempt.run(owner, successKey, () -> useCase.accept(campaign));
                    done.run();
                    return taken;
                });
    }

    private void show(Campaign campaign, CampaignQueries queries, boolean manager) {
        var state = texts.state(campaign.state());
        state.setId("campaign-state");
        facts.item("survey.campaign.state", state);
        facts.text("survey.campaign.quarter", "campaign-quarter-fact", texts.quarter(campaign.quarter()));
        facts.text("survey.campaign.window", "campaign-window", texts.window(campaign.window()));
        campaign.closedOn().ifPresent(day -> facts.text("survey.campaign.closed-on", "campaign-closed-on",
                Formats.date(day)));
        facts.text("survey.campaign.scope", "campaign-scope-fact", t("survey.scope." + campaign.scope().name()));
        facts.text("survey.campaign.method", "campaign-method-fact", t("survey.method." + campaign.method().name()));
        facts.text("survey.campaign.minimum", "campaign-minimum-fact",
                t("survey.campaign.minimum.value", campaign.minimumGroup()));
        facts.text("survey.campaign.departments", "campaign-departments-fact",
                campaign.invited().stream().map(texts::department).collect(Collectors.joining(texts.listSeparator())));
        facts.section(questionnaire(campaign));
        boolean answered = campaign.state() == CampaignState.OPEN || campaign.state() == CampaignState.CLOSED;
        if (manager && answered) {
            facts.section(new ResponseRates(queries, campaign.id(), texts, campaign.state() == CampaignState.OPEN));
        }
        if (answered) {
            var id = campaign.id();
            var results = new Button(t("survey.campaign.results"), e -> {
                var ui = UI.getCurrent();
                ((Dialog) facts.dialog()).close();
                ui.navigate(CampaignResultsView.class, new RouteParameters(CampaignResultsView.ID, id.toString()));
            });
            results.setId("campaign-results");
            facts.section(new Div(results));
        }
    }

    /** The questionnaire as respondents see it, frozen from opening on. */
    private Component questionnaire(Campaign campaign) {
        var list = new OrderedList();
        list.setId("campaign-questionnaire");
        campaign.questionnaire().items().forEach(item -> {
            var line = new ListItem(texts.name(item.text()) + " (" + item.code().value() + ")");
            if (!item.required()) {
                var optional = new Span(" · " + t("survey.campaign.item.optional"));
                optional.addClassName("muted");
                line.add(optional);
            }
            list.add(line);
        });
        var prompt = new Span(t("survey.campaign.prompt") + ": " + texts.name(campaign.questionnaire().commentPrompt()));
        prompt.addClassName("muted");
        return new Div(new H4(t("survey.campaign.questionnaire")), list, prompt);
    }

    private String t(String key, Object... arguments) {
        return facts.t(key, arguments);
    }
}
