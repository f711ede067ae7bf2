package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dev.opscharter.domain.organization.OrganizationSettings;

import java.util.function.Consumer;

/**
 * The organization settings were saved in this UI: the frame around the view (its name in the top
 * bar) updates without a reload.
 */
public final class OrganizationChanged extends ComponentEvent<UI> {

    private final OrganizationSettings settings;

    private OrganizationChanged(UI ui, OrganizationSettings settings) {
        super(ui, false);
        this.settings = settings;
    }

    public OrganizationSettings settings() {
        return settings;
    }

    public static void fire(UI ui, OrganizationSettings settings) {
        ComponentUtil.fireEvent(ui, new OrganizationChanged(ui, settings));
    }

    public static Registration listen(UI ui, Consumer<OrganizationSettings> listener) {
        return ComponentUtil.addListener(ui, OrganizationChanged.class, event -> listener.accept(event.settings()));
    }
}
