package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/** The row above a grid: its filters and the buttons that act on the selected row. */
public final class Toolbar extends Div {

    public Toolbar(Component... filters) {
        super(filters);
        addClassName("toolbar");
    }

    public Button button(String textKey, String id, Runnable onClick) {
        var button = new Button(getTranslation(textKey), e -> onClick.run());
        button.setId(id);
        add(button);
        return button;
    }
}
