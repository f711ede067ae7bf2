package dev.opscharter.adapters.ui.incidents;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.incidents.port.in.ManageIncidents.FollowUp;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up actions of a post-mortem, each what, who and by when: the post-mortem raises each as a corrective
 * action of the rectification. Ids: {@code incident-follow-up-title}, {@code -owner}, {@code -due},
 * {@code -add}, the list {@code incident-follow-ups}.
 */
final class FollowUpsEditor extends Composite<Div> {

    private final List<FollowUp> added = new ArrayList<>();
    private final Grid<FollowUp> grid = new Grid<>();

    /** @param owners the user names a corrective action may be assigned to */
    FollowUpsEditor(IncidentTexts texts, List<String> owners) {
        var title = new TextField(texts.t("incidents.follow-up.title"));
        title.setId("incident-follow-up-title");
        title.setMaxLength(CorrectiveAction.MAX_TITLE);
        var owner = new ComboBox<String>(texts.t("incidents.follow-up.owner"));
        owner.setId("incident-follow-up-owner");
        owner.setItems(owners);
        owner.setItemLabelGenerator(texts::person);
        var due = new LocalizedDatePicker(texts.t("incidents.follow-up.due"));
        due.setId("incident-follow-up-due");
        due.setValue(LocalDate.now(Formats.timeZone()).plusDays(14));
        var errors = new FormErrors(this).bind("title", title).bind("owner", owner).bind("dueOn", due);
        var add = new Button(texts.t("incidents.follow-up.add"), e -> {
            if (errors.run(() -> added.add(new FollowUp(required(title.getValue(), "title"),
                    required(owner.getOptionalValue().orElse(""), "owner"),
                    due.getOptionalValue().orElseThrow(() -> new InvalidValue("dueOn", "validation.required")))))) {
                title.clear();
                grid.setItems(added);
            }
        });
        add.setId("incident-follow-up-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        grid.setId("incident-follow-ups");
        grid.addColumn(FollowUp::title).setHeader(texts.t("incidents.follow-up.title")).setFlexGrow(2);
        grid.addColumn(f -> texts.person(f.owner())).setHeader(texts.t("incidents.follow-up.owner"));
        grid.addColumn(f -> Formats.date(f.dueOn())).setHeader(texts.t("incidents.follow-up.due"));
        grid.addComponentColumn(f -> new Button(texts.t("incidents.follow-up.remove"), e -> {
            added.remove(f);
            grid.setItems(added);
        })).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var fields = new HorizontalLayout(title, owner, due, add);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        getContent().add(new H5(texts.t("incidents.follow-ups")), fields, grid);
    }

    private static String required(String value, String field) {
        if (value.isBlank()) {
            throw new InvalidValue(field, "validation.required");
        }
        return value;
    }

    List<FollowUp> value() {
        return List.copyOf(added);
    }
}
