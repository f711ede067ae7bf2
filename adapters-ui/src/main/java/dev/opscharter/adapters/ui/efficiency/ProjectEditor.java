package dev.opscharter.adapters.ui.efficiency;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.efficiency.port.in.ManageProjects;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.ProjectDraft;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A project's title, owner (a person with an account, by name, or someone else's name typed), process and
 * indicators, new or changed. A new project is planned once however
 * often the save is clicked (the dialog's request key). Ids: {@code project-title}, {@code project-owner},
 * {@code project-process}, {@code project-add-indicator}, the rows as {@link IndicatorRow}, buttons
 * {@code project-save}, {@code project-cancel}.
 */
final class ProjectEditor extends VerticalLayout {

    private final EfficiencyTexts texts;
    private final TextField title = new TextField();
    private final ComboBox<String> owner = new ComboBox<>();
    private final List<String> people;
    private final TextField process = new TextField();
    private final VerticalLayout rows = new VerticalLayout();
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private int added;

    private ProjectEditor(EfficiencyTexts texts, @Nullable OptimizationProject project) {
        this.texts = texts;
        setPadding(false);
        title.setLabel(texts.t("efficiency.project.title"));
        title.setId("project-title");
        title.setMaxLength(ProjectDraft.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        owner.setLabel(texts.t("efficiency.project.owner"));
        owner.setId("project-owner");
        owner.setRequiredIndicatorVisible(true);
        owner.setHelperText(texts.t("efficiency.project.owner.help"));
        owner.setItemLabelGenerator(texts::person);
        people = new ArrayList<>(texts.people());
        owner.setItems(people);
        owner.setAllowCustomValue(true);
        owner.addCustomValueSetListener(typed -> ownedBy(typed.getDetail().strip()));
        process.setLabel(texts.t("efficiency.project.process"));
        process.setId("project-process");
        process.setHelperText(texts.t("efficiency.project.process.help"));
        var form = new FormLayout(title, owner, process);
        rows.setPadding(false);
        var add = new Button(texts.t("efficiency.indicator.add"), e -> addRow(null));
        add.setId("project-add-indicator");
        add(form, rows, add);
        if (project != null) {
            title.setValue(project.title());
            ownedBy(project.owner());
            process.setValue(project.processCode().orElse(""));
            project.indicators().forEach(this::addRow);
        } else {
            addRow(null);
        }
    }

    /** The owner chosen, or typed for someone without an account, who then stays among the choices. */
    private void ownedBy(String name) {
        if (name.isEmpty()) {
            owner.clear();
            return;
        }
        if (!people.contains(name)) {
            people.add(name);
            owner.setItems(people);
        }
        owner.setValue(name);
    }

    private void addRow(@Nullable EfficiencyIndicator indicator) {
        var holder = new IndicatorRow[1];
        holder[0] = new IndicatorRow(texts, added++, indicator, () -> {
            indicators.remove(holder[0]);
            rows.remove(holder[0]);
        });
        indicators.add(holder[0]);
        rows.add(holder[0]);
    }

    private ProjectDraft draft() {
        return new ProjectDraft(title.getValue(), owner.getOptionalValue().orElse(""), Optional.of(process.getValue().strip()),
                indicators.stream().map(IndicatorRow::indicator).toList());
    }

    /** @param project null for a new one */
    static void open(Component parent, ManageProjects manage, EfficiencyTexts texts,
                     @Nullable OptimizationProject project, Runnable done) {
        var editor = new ProjectEditor(texts, project);
        var errors = new FormErrors(editor).bind("title", editor.title).bind("owner", editor.owner)
                .bind("processCode", editor.process);
        var key = RequestKey.fresh();
        var dialog = new FormDialog(texts.t(project == null ? "efficiency.project.new" : "efficiency.project.edit"),
                texts.t("action.save"), "project", editor, () -> Attempt.run(parent, errors,
                project == null ? "efficiency.project.planned" : "efficiency.project.saved", () -> {
                    if (project == null) {
                        manage.plan(key, editor.draft());
                    } else {
                        manage.edit(project.id(), project.version(), editor.draft());
                    }
                }, done));
        dialog.setWidth("min(1100px, 95vw)");
        dialog.open();
    }
}
