package dev.opscharter.adapters.ui.efficiency;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.efficiency.port.in.ManageBenchmarks;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;
import dev.opscharter.domain.efficiency.Training;
import dev.opscharter.domain.targets.MetricDirection;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * A tool or system introduction, new or corrected: its go-live, the indicator it was to improve before and after,
 * and the training given. Ids: {@code tool-name}, {@code -indicator}, {@code -direction}, {@code -go-live},
 * {@code -baseline}, {@code -after}, {@code -sessions}, {@code -attendees}, {@code -training-note}; buttons
 * {@code tool-save}, {@code tool-cancel}.
 */
final class ToolEditor extends FormLayout {

    private final TextField name = new TextField();
    private final TextField indicator = new TextField();
    private final ComboBox<MetricDirection> direction = new ComboBox<>();
    private final LocalizedDatePicker goLive;
    private final BigDecimalField baseline = new BigDecimalField();
    private final BigDecimalField after = new BigDecimalField();
    private final IntegerField sessions = new IntegerField();
    private final IntegerField attendees = new IntegerField();
    private final TextField note = new TextField();

    private ToolEditor(EfficiencyTexts texts, @Nullable ToolIntroduction tool) {
        name.setLabel(texts.t("efficiency.tool.name"));
        name.setId("tool-name");
        indicator.setLabel(texts.t("efficiency.tool.indicator"));
        indicator.setId("tool-indicator");
        indicator.setMaxLength(EfficiencyIndicator.MAX_NAME);
        direction.setLabel(texts.t("efficiency.indicator.direction"));
        direction.setId("tool-direction");
        direction.setItems(MetricDirection.values());
        direction.setItemLabelGenerator(texts::direction);
        goLive = new LocalizedDatePicker(texts.t("efficiency.tool.go-live"));
        goLive.setId("tool-go-live");
        baseline.setLabel(texts.t("efficiency.indicator.baseline"));
        baseline.setId("tool-baseline");
        after.setLabel(texts.t("efficiency.tool.after"));
        after.setId("tool-after");
        sessions.setLabel(texts.t("efficiency.tool.sessions"));
        sessions.setId("tool-sessions");
        sessions.setMin(0);
        attendees.setLabel(texts.t("efficiency.tool.attendees"));
        attendees.setId("tool-attendees");
        attendees.setMin(0);
        note.setLabel(texts.t("efficiency.tool.training-note"));
        note.setId("tool-training-note");
        note.setMaxLength(500);
        add(name, indicator, direction, goLive, baseline, after, sessions, attendees, note);
        if (tool != null) {
            name.setValue(tool.name());
            indicator.setValue(tool.indicator());
            direction.setValue(tool.direction());
            goLive.setValue(tool.goLive());
            baseline.setValue(tool.baseline());
            tool.after().ifPresent(after::setValue);
            sessions.setValue(tool.training().sessions());
            attendees.setValue(tool.training().attendees());
            note.setValue(tool.training().note());
        } else {
            direction.setValue(MetricDirection.LOWER_IS_BETTER);
            sessions.setValue(0);
            attendees.setValue(0);
        }
    }

    private ToolIntroduction tool(ToolIntroductionId id, long version) {
        return new ToolIntroduction(id, name.getValue(), indicator.getValue(),
                direction.getOptionalValue().orElse(MetricDirection.HIGHER_IS_BETTER), goLive.getValue(),
                baseline.getValue(), Optional.ofNullable(after.getValue()),
                new Training(count(sessions), count(attendees), note.getValue()), version);
    }

    private static int count(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** @param tool null for a new one */
    static void open(Component parent, ManageBenchmarks manage, EfficiencyTexts texts, @Nullable ToolIntroduction tool,
                     Runnable done) {
        var editor = new ToolEditor(texts, tool);
        var errors = new FormErrors(editor).bind("name", editor.name).bind("indicator", editor.indicator)
                .bind("goLive", editor.goLive).bind("baseline", editor.baseline).bind("after", editor.after)
                .bind("sessions", editor.sessions).bind("attendees", editor.attendees).bind("note", editor.note);
        var key = RequestKey.fresh();
        var id = tool == null ? ToolIntroductionId.random() : tool.id();
        new FormDialog(texts.t(tool == null ? "efficiency.tool.new" : "efficiency.tool.edit"), texts.t("action.save"),
                "tool", editor, () -> Attempt.run(parent, errors, "efficiency.tool.saved", () -> {
                    if (tool == null) {
                        manage.record(key, editor.tool(id, 0));
                    } else {
                        manage.update(editor.tool(id, tool.version()));
                    }
                }, done)).open();
    }
}
