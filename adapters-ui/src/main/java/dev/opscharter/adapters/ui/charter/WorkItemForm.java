package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.RuleViolation;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * New work as the user describes it. Choosing a duty type shows at once how the charter in force
 * routes it, citing the charter line, so the user sees before registering whether Operations owns
 * the work, contributes to it, or hands it over (and who must sign it off).
 */
public final class WorkItemForm extends Composite<FormLayout> {

    /** One line of the charter in force, offered as a duty type, with the dimension it belongs to. */
    record DutyChoice(DutyDimension dimension, CharterLine line) {
    }

    private final ManageWorkItems manage;
    private final CharterTexts texts;
    private final Select<WorkItemKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final ComboBox<DutyChoice> dutyType = new ComboBox<>();
    private final DatePicker dueOn;
    private final TextArea description = new TextArea();
    private final Div preview = new Div();
    private final FormErrors errors;

    WorkItemForm(Charter inForce, ManageWorkItems manage, CharterTexts texts) {
        this.manage = manage;
        this.texts = texts;
        kind.setId("work-item-kind");
        kind.setLabel(getTranslation("charter.work-item.kind"));
        kind.setItems(WorkItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("charter.work-item.kind." + k.name()));
        kind.setValue(WorkItemKind.TASK);
        title.setId("work-item-title");
        title.setLabel(getTranslation("charter.work-item.title"));
        title.setMaxLength(WorkItem.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        dutyType.setId("work-item-duty-type");
        dutyType.setLabel(getTranslation("charter.work-item.duty-type"));
        dutyType.setHelperText(getTranslation("charter.work-item.duty-type.help"));
        dutyType.setRequiredIndicatorVisible(true);
        dutyType.setItems(inForce.dimensions().stream()
                .flatMap(d -> d.lines().stream().map(line -> new DutyChoice(d, line))).toList());
        dutyType.setItemLabelGenerator(this::label);
        dutyType.setRenderer(new ComponentRenderer<>(this::option));
        dutyType.addValueChangeListener(e -> showPreview());
        dueOn = new LocalizedDatePicker(getTranslation("charter.work-item.due"));
        dueOn.setId("work-item-due-on");
        description.setId("work-item-description");
        description.setLabel(getTranslation("charter.work-item.description"));
        description.setMaxLength(WorkItem.MAX_TEXT);
        preview.setId("work-item-preview");
        preview.addClassName("card");
        preview.getStyle().set("box-sizing", "border-box");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.add(kind, dueOn);
        form.add(title, 2);
        form.add(dutyType, 2);
        form.add(preview, 2);
        form.add(description, 2);
        errors = new FormErrors(this).bind("kind", kind).bind("title", title).bind("dutyType", dutyType)
                .bind("dueOn", dueOn).bind("description", description);
        showPreview();
    }

    /** "Efficiency optimization › System development (by IT)": the dimension groups the lines. */
    private String label(DutyChoice choice) {
        return choice.dimension().name().in(texts.language()) + " › " + choice.line().text(texts.language());
    }

    private Div option(DutyChoice choice) {
        var dimension = new Span(choice.dimension().name().in(texts.language()));
        dimension.addClassName("muted");
        dimension.getStyle().set("display", "block");
        var line = new Span(choice.line().text(texts.language()));
        return new Div(dimension, line);
    }

    private void showPreview() {
        preview.removeAll();
        var heading = new Span(getTranslation("charter.routing.preview"));
        heading.getStyle().set("font-weight", "600");
        preview.add(heading);
        var choice = dutyType.getValue();
        if (choice == null) {
            preview.add(muted(getTranslation("charter.routing.preview.empty")));
            return;
        }
        try {
            var decision = manage.preview(choice.line().dutyType().code());
            var citation = new Span(texts.citation(decision.citation()));
            citation.setId("work-item-preview-citation");
            citation.getStyle().set("display", "block");
            var consequence = new Span(texts.consequence(decision));
            consequence.setId("work-item-preview-consequence");
            consequence.getStyle().set("display", "block");
            preview.add(texts.routingBadges(decision), consequence, citation,
                    muted(texts.citationInOtherLanguage(decision.citation())));
        } catch (InvalidValue invalid) {
            preview.add(muted(getTranslation(invalid.messageKey(), invalid.arguments().toArray())));
        } catch (RuleViolation refused) {
            preview.add(muted(getTranslation(refused.messageKey(), refused.arguments().toArray())));
        } catch (AccessDenied denied) {
            preview.add(muted(getTranslation("error.access-denied")));
        } catch (NotFound gone) {
            preview.add(muted(getTranslation("error.not-found")));
        }
    }

    /**
     * The form for work that another context raises, of one kind (a monthly review's measure is an action):
     * the same duty type choice and routing preview, without the kind to pick.
     */
    public static WorkItemForm ofKind(WorkItemKind fixed, Charter inForce, ManageWorkItems manage, Component owner,
                                      List<Department> departments, UnaryOperator<String> names) {
        var form = new WorkItemForm(inForce, manage, new CharterTexts(owner, departments, names));
        form.kind.setValue(fixed);
        form.kind.setVisible(false);
        return form;
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        span.getStyle().set("display", "block");
        return span;
    }

    /**
     * Whether a duty type is chosen. The domain refuses a missing one too, but with the format
     * message of a typed code; a picked list wants "required".
     */
    public boolean hasDutyType() {
        boolean chosen = dutyType.getValue() != null;
        if (!chosen) {
            dutyType.setErrorMessage(getTranslation("validation.required"));
            dutyType.setInvalid(true);
        }
        return chosen;
    }

    public WorkItemDraft getFormDataObject() {
        return new WorkItemDraft(kind.getValue(), title.getValue(), description.getValue(),
                Optional.ofNullable(dutyType.getValue()).map(c -> c.line().dutyType().code()).orElse(""),
                Optional.ofNullable(dueOn.getValue()));
    }

    public FormErrors errors() {
        return errors;
    }
}
