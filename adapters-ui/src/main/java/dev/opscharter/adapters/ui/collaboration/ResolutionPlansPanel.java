package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.application.collaboration.port.in.ConflictQueries;
import dev.opscharter.application.collaboration.port.in.ManageConflicts;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.collaboration.ResolutionPlan;

/**
 * The standing conflict-resolution plans (冲突解决预案): for which disagreement, and how it is settled; adopting one
 * and retiring one, for managers and the director. A retired plan stays named on the conflicts it settled but is
 * no longer offered. Ids: {@code plans-grid}, {@code plans-new}, {@code plans-retire}.
 */
final class ResolutionPlansPanel extends Composite<VerticalLayout> {

    private final ConflictQueries queries;
    private final ManageConflicts manage;
    private final CollaborationTexts texts;
    private final Grid<ResolutionPlan> grid = new Grid<>();
    private final Button retire;

    ResolutionPlansPanel(ConflictQueries queries, ManageConflicts manage, CollaborationTexts texts, boolean manager) {
        this.queries = queries;
        this.manage = manage;
        this.texts = texts;
        var toolbar = new Toolbar();
        var adopt = toolbar.button("collaboration.plan.new", "plans-new", this::adopt);
        adopt.addThemeVariants(ButtonVariant.PRIMARY);
        adopt.setVisible(manager);
        retire = toolbar.button("collaboration.plan.retire", "plans-retire", this::retireSelected);
        retire.setVisible(manager);
        grid.setId("plans-grid");
        grid.addColumn(ResolutionPlan::name).setHeader(texts.t("collaboration.plan.name")).setFlexGrow(2);
        grid.addColumn(ResolutionPlan::appliesWhen).setHeader(texts.t("collaboration.plan.applies-when"))
                .setFlexGrow(3);
        grid.addColumn(ResolutionPlan::approach).setHeader(texts.t("collaboration.plan.approach")).setFlexGrow(3);
        grid.addComponentColumn(plan -> new StatusBadge(texts.t(plan.active() ? "collaboration.plan.active"
                        : "collaboration.plan.retired"), plan.active() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL))
                .setHeader(texts.t("collaboration.plan.state")).setAutoWidth(true);
        grid.setEmptyStateText(texts.t("collaboration.plans.none"));
        grid.addSelectionListener(e -> showRetire());
        getContent().setPadding(false);
        getContent().setSizeFull();
        getContent().add(toolbar, grid);
        refresh();
    }

    void refresh() {
        new FormErrors(this).run(() -> grid.setItems(queries.plans()));
        showRetire();
    }

    private void showRetire() {
        retire.setEnabled(grid.getSelectedItems().stream().anyMatch(ResolutionPlan::active));
    }

    private void adopt() {
        var name = new TextField(texts.t("collaboration.plan.name"));
        name.setId("plan-new-name");
        name.setMaxLength(ResolutionPlan.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        var appliesWhen = area("plan-new-applies-when", "collaboration.plan.applies-when");
        var approach = area("plan-new-approach", "collaboration.plan.approach");
        var form = new FormLayout(name, appliesWhen, approach);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("min(620px, 90vw)");
        var errors = new FormErrors(this).bind("name", name).bind("appliesWhen", appliesWhen)
                .bind("approach", approach);
        var request = RequestKey.fresh();
        new FormDialog(texts.t("collaboration.plan.new"), texts.t("action.save"), "plan-new", form,
                () -> Attempt.run(this, errors, "collaboration.plan.adopted", () -> manage.adoptPlan(request,
                        name.getValue(), appliesWhen.getValue(), approach.getValue()), this::refresh)).open();
    }

    private TextArea area(String id, String labelKey) {
        var area = new TextArea(texts.t(labelKey));
        area.setId(id);
        area.setMaxLength(ResolutionPlan.MAX_TEXT);
        area.setRequiredIndicatorVisible(true);
        return area;
    }

    private void retireSelected() {
        grid.getSelectedItems().stream().findFirst().ifPresent(plan -> Attempt.run(this, new FormErrors(this),
                "collaboration.plan.retired.done", () -> manage.retirePlan(plan.id(), plan.version()), this::refresh));
    }
}
