package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.Attempt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.OrganizationChanged;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.domain.organization.OrganizationSettings;
import jakarta.annotation.security.RolesAllowed;

/** Organization-wide settings: the name and the time zone that decides what a day or a quarter is. */
@Route(value = "admin/settings", layout = MainLayout.class)
@Menu(order = 92, title = "nav.administration.settings")
@RolesAllowed("ADMIN")
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ManageSettings settings;
    private final SettingsForm form = new SettingsForm();
    /** The settings as loaded, with the version a change is based on. */
    private OrganizationSettings loaded;

    SettingsView(ManageSettings settings) {
        this.settings = settings;
        this.loaded = settings.current();
        addClassName("view");
        setSizeFull();

        var save = new Button(getTranslation("organization.action.save"), e -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var reload = new Button(getTranslation("organization.action.reload"), e -> load());
        reload.setId("settings-reload");
        reload.addThemeVariants(ButtonVariant.TERTIARY);
        add(new H2(getPageTitle()), form, new HorizontalLayout(save, reload));
        form.setFormDataObject(loaded);
    }

    private void load() {
        loaded = settings.current();
        form.setFormDataObject(loaded);
    }

    private void save() {
        var values = form.getFormDataObject();
        if (Attempt.run(this, form.errors(), "organization.saved",
                () -> settings.change(values.organizationName(), values.timeZone(), loaded.version()))) {
            load();
            Formats.useTimeZone(VaadinSession.getCurrent(), loaded.timeZone());
            OrganizationChanged.fire(UI.getCurrent(), loaded.organizationName());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.settings.title");
    }
}
