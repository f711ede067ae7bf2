package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.Polling;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.in.CampaignQueries.ResponseRate;
import dev.opscharter.domain.survey.CampaignId;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * The response rate per invited department for the people who run the campaign: invited, answered,
 * percent — counts only, never who. While the campaign is open it reads them again every
 * {@link #EVERY} as long as it is on screen (and on "refresh"); it stops polling when it leaves.
 * Ids: {@code campaign-rates}, {@code campaign-rates-refresh}.
 */
final class ResponseRates extends Composite<Div> {

    static final Duration EVERY = Duration.ofSeconds(10);

    private final CampaignQueries queries;
    private final CampaignId campaign;
    private final SurveyTexts texts;
    private final boolean live;
    private final Grid<ResponseRate> grid = new Grid<>();
    private Instant readAt = Instant.MIN;
    private @Nullable Registration polls;

    ResponseRates(CampaignQueries queries, CampaignId campaign, SurveyTexts texts, boolean live) {
        this.queries = queries;
        this.campaign = campaign;
        this.texts = texts;
        this.live = live;
        grid.setId("campaign-rates");
        grid.addColumn(r -> texts.department(r.department())).setHeader(texts.t("survey.rates.department"))
                .setKey("department").setFlexGrow(2);
        grid.addColumn(r -> Formats.number(r.invited())).setHeader(texts.t("survey.rates.invited")).setKey("invited");
        grid.addColumn(r -> Formats.number(r.answered())).setHeader(texts.t("survey.rates.answered"))
                .setKey("answered");
        grid.addColumn(r -> r.percent().map(texts::percent).orElse("–")).setHeader(texts.t("survey.rates.percent"))
                .setKey("percent");
        grid.setAllRowsVisible(true);
        var refresh = new Button(texts.t("survey.rates.refresh"), VaadinIcon.REFRESH.create(), e -> read());
        refresh.setId("campaign-rates-refresh");
        refresh.addThemeVariants(ButtonVariant.TERTIARY);
        getContent().add(new H4(texts.t("survey.rates.title")), grid, refresh);
        read();
    }

    private void read() {
        new FormErrors(this).run(() -> grid.setItems(queries.responseRates(campaign)));
        readAt = Instant.now();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (live) {
            var ui = attach.getUI();
            Polling.request(ui, this, (int) EVERY.toMillis());
            // every poll of the UI arrives here, also the faster ones others asked for: read at our pace
            polls = ui.addPollListener(poll -> {
                if (Duration.between(readAt, Instant.now()).compareTo(EVERY) >= 0) {
                    read();
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polls != null) {
            polls.remove();
            polls = null;
            Polling.release(detach.getUI(), this);
        }
    }
}
