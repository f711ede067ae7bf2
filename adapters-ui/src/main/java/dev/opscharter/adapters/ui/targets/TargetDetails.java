package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.application.targets.port.in.TargetQueries.TargetStanding;
import dev.opscharter.domain.targets.TargetRevision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One target of the grid in full: its figures, the trend of the unit's metric over the period against
 * the target, and every value the target was given — who, when, why — newest first. A manager revises
 * it from here. Ids: {@code target-details}, {@code target-details-<fact>}, {@code target-revisions},
 * {@code target-revise}, {@code target-details-close}.
 */
final class TargetDetails extends Dialog {

    /**
     * @param revise opens the revision of the target shown, or empty for a user who may not change it;
     *               it is given a way to show the target again once revised
     */
    TargetDetails(TargetQueries queries, TargetStanding standing, TargetTexts texts, DisplayNames names,
                  Optional<Runnable> revise) {
        setId("target-details");
        setWidth("min(860px, 95vw)");
        setHeaderTitle(texts.unit(standing.unit()) + " · " + texts.metric(standing.metric()) + " · "
                + texts.period(standing.target().period()));
        var metric = standing.metric();
        var facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        fact(facts, texts.t("targets.column.target"), "target",
                new Span(texts.value(metric.unit(), standing.target().value())));
        fact(facts, texts.t("targets.column.actual"), "actual",
                new Span(texts.value(metric, standing.figure().value())));
        fact(facts, texts.t("targets.column.attainment"), "attainment", texts.attainment(standing));
        // under the label "at this pace": the projected attainment and where the period ends
        var pace = texts.projected(standing.projection(), standing.projectedAttainment());
        if (!pace.isEmpty()) {
            fact(facts, texts.t("targets.column.pace"), "pace", new Span(pace + " ("
                    + texts.t("targets.projection", texts.value(metric.unit(), standing.projection().orElseThrow()))
                    + ")"));
        }
        fact(facts, texts.t("targets.days"), "days", new Span(Formats.number(standing.figure().days())));
        add(facts, new H4(texts.t("targets.trend")));
        new FormErrors(this).run(() -> add(new TrendChart(queries.days(standing.unit().id(), metric.id(),
                standing.target().period()), metric, standing.target().period(), standing.target().value(), texts)));
        add(new H4(texts.t("targets.revisions")), revisions(standing, texts, names));
        revise.ifPresent(action -> {
            var button = new Button(texts.t("targets.revise"), e -> action.run());
            button.setId("target-revise");
            getFooter().add(button);
        });
        var close = new Button(texts.t("kit.record.close"), e -> close());
        close.setId("target-details-close");
        getFooter().add(close);
    }

    private static void fact(FormLayout facts, String label, String id, Component value) {
        value.setId("target-details-" + id);
        facts.addFormItem(value, label);
    }

    private static Grid<TargetRevision> revisions(TargetStanding standing, TargetTexts texts, DisplayNames names) {
        var grid = new Grid<TargetRevision>();
        grid.setId("target-revisions");
        grid.addColumn(r -> Formats.dateTime(r.at())).setHeader(texts.t("targets.revision.at")).setAutoWidth(true);
        grid.addColumn(r -> names.apply(r.by())).setHeader(texts.t("targets.revision.by")).setAutoWidth(true);
        grid.addColumn(r -> texts.value(standing.metric().unit(), r.value()))
                .setHeader(texts.t("targets.revision.value")).setAutoWidth(true);
        grid.addColumn(r -> r.reason().orElseGet(() -> texts.t("targets.revision.first")))
                .setHeader(texts.t("targets.revision.reason")).setFlexGrow(2);
        List<TargetRevision> newestFirst = new ArrayList<>(standing.target().revisions());
        grid.setItems(newestFirst.reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
