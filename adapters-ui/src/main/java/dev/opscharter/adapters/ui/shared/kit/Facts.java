package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.domain.shared.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * What a record dialog shows of its record: labelled facts in two columns, then whole sections
 * (evidence, history). Knows the record's steps, for a section that offers one itself (an upload).
 */
public final class Facts {

    private final FormLayout layout = new FormLayout();
    private final List<Component> sections = new ArrayList<>();
    private final List<? extends Step<?>> steps;
    private final RecordDialog<?, ?> dialog;

    Facts(String id, List<? extends Step<?>> steps, RecordDialog<?, ?> dialog) {
        this.steps = steps;
        this.dialog = dialog;
        layout.setId(id);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
    }

    public Span text(String labelKey, String id, String value) {
        var span = new Span(value);
        span.setId(id);
        item(labelKey, span);
        return span;
    }

    public void item(String labelKey, Component component) {
        layout.addFormItem(component, layout.getTranslation(labelKey));
    }

    public void section(Component section) {
        sections.add(section);
    }

    /** Whether the step is one the user may take now (listed and not blocked). */
    public boolean offers(Enum<?> kind) {
        return steps.stream().anyMatch(step -> step.kind() == kind && step.isOpen());
    }

    /** The dialog, for a section that tells the user something (an upload's outcome). */
    public Component dialog() {
        return dialog;
    }

    /** Loads the record again, after a section changed it (an upload). */
    public void reload() {
        dialog.reload();
    }

    /** A text in the user's language, for the facts a view composes itself. */
    public String t(String key, Object... arguments) {
        return layout.getTranslation(key, arguments);
    }

    List<Component> components() {
        var all = new ArrayList<Component>();
        all.add(layout);
        all.addAll(sections);
        return all;
    }
}
