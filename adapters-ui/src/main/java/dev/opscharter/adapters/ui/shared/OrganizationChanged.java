package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import java.util.function.Consumer;

/**
 * The organization settings were saved in this UI: the frame around the view (its name in the top
 * bar) updates without a reload. It carries only the name, so the shared UI parts stay independent
 * of the organization context.
 */
public final class OrganizationChanged extends ComponentEvent<UI> {

    private final String organizationName;

    private OrganizationChanged(UI ui, String organizationName) {
        super(ui, false);
        this.organizationName = organizationName;
    }

    public String organizationName() {
        return organizationName;
    }

    public static void fire(UI ui, String organizationName) {
        ComponentUtil.fireEvent(ui, new OrganizationChanged(ui, organizationName));
    }

    public static Registration listen(UI ui, Consumer<String> listener) {
        return ComponentUtil.addListener(ui, OrganizationChanged.class,
                event -> listener.accept(event.organizationName()));
    }
}
