package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.survey.CampaignInput.ItemInput;
import dev.opscharter.domain.survey.Questionnaire;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The questionnaire's Likert items as rows to edit: code, Chinese and English text, required; add,
 * remove and move up or down. The domain checks the whole questionnaire when the campaign is saved;
 * its refusal shows under the rows. Ids: {@code campaign-items}, per row {@code campaign-item-<n>-code},
 * {@code -zh}, {@code -en}, {@code -required}, {@code -up}, {@code -down}, {@code -remove} (n from 0).
 */
final class QuestionnaireEditor extends Composite<VerticalLayout> implements HasValidation {

    private final List<ItemInput> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    private final Span error = new Span();
    private final Button add = new Button();

    QuestionnaireEditor() {
        var content = getContent();
        content.setId("campaign-items");
        content.setPadding(false);
        content.setSpacing(false);
        lines.setPadding(false);
        lines.setSpacing(false);
        add.setText(getTranslation("survey.campaign.item.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("campaign-item-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(e -> {
            keepTyped();
            rows.add(new ItemInput("", "", "", true));
            render();
        });
        error.setId("campaign-items-error");
        error.addClassName("error");
        error.getStyle().set("color", "var(--oc-error)");
        error.setVisible(false);
        content.add(new H4(getTranslation("survey.campaign.questionnaire")), lines, add, error);
    }

    void setItems(List<ItemInput> items) {
        rows.clear();
        rows.addAll(items);
        render();
    }

    /** The rows as typed now, in their order. */
    List<ItemInput> items() {
        keepTyped();
        return List.copyOf(rows);
    }

    private void render() {
        lines.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(line(i, rows.get(i)));
        }
        add.setEnabled(rows.size() < Questionnaire.MAX_ITEMS);
    }

    private HorizontalLayout line(int index, ItemInput item) {
        var prefix = "campaign-item-" + index;
        var code = field(prefix + "-code", "survey.campaign.item.code", item.code());
        code.setWidth("12em");
        var zh = field(prefix + "-zh", "survey.campaign.item.zh", item.textZh());
        var en = field(prefix + "-en", "survey.campaign.item.en", item.textEn());
        var required = new Checkbox(getTranslation("survey.campaign.item.required"), item.required());
        required.setId(prefix + "-required");
        var up = icon(prefix + "-up", VaadinIcon.ARROW_UP, "survey.campaign.item.up", () -> move(index, -1));
        up.setEnabled(index > 0);
        var down = icon(prefix + "-down", VaadinIcon.ARROW_DOWN, "survey.campaign.item.down", () -> move(index, 1));
        down.setEnabled(index < rows.size() - 1);
        var remove = icon(prefix + "-remove", VaadinIcon.TRASH, "survey.campaign.item.remove", () -> {
            keepTyped();
            rows.remove(index);
            render();
        });
        remove.setEnabled(rows.size() > 1);
        var line = new HorizontalLayout(code, zh, en, required, up, down, remove);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setFlexGrow(1, zh, en);
        return line;
    }

    private TextField field(String id, String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey), value, "");
        field.setId(id);
        return field;
    }

    private Button icon(String id, VaadinIcon icon, String labelKey, Runnable run) {
        var button = new Button(icon.create(), e -> run.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void move(int index, int by) {
        keepTyped();
        rows.add(index + by, rows.remove(index));
        render();
    }

    /** Reads the fields back into the rows, before the rows are redrawn or handed out. */
    private void keepTyped() {
        for (int i = 0; i < lines.getComponentCount(); i++) {
            var line = (HorizontalLayout) lines.getComponentAt(i);
            rows.set(i, new ItemInput(text(line, 0), text(line, 1), text(line, 2),
                    ((Checkbox) line.getComponentAt(3)).getValue()));
        }
    }

    private static String text(HorizontalLayout line, int index) {
        return ((TextField) line.getComponentAt(index)).getValue();
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
