package dev.opscharter.adapters.ui.organization;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.domain.organization.OrganizationSettings;
import org.jspecify.annotations.Nullable;

import java.time.ZoneId;
import java.util.Comparator;

/** The organization's name and the time zone its days, quarters and years are counted in. */
final class SettingsForm extends Composite<FormLayout> {

    record Values(String organizationName, @Nullable ZoneId timeZone) {
    }

    private final TextField organizationName = new TextField();
    private final ComboBox<ZoneId> timeZone = new ComboBox<>();
    private final FormErrors errors;

    SettingsForm() {
        organizationName.setId("settings-organization-name");
        organizationName.setLabel(getTranslation("organization.settings.organization-name"));
        organizationName.setRequiredIndicatorVisible(true);
        timeZone.setId("settings-time-zone");
        timeZone.setLabel(getTranslation("organization.settings.time-zone"));
        timeZone.setHelperText(getTranslation("organization.settings.time-zone.help"));
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().map(ZoneId::of)
                .sorted(Comparator.comparing((ZoneId zone) -> !zone.equals(OrganizationSettings.DEFAULT_TIME_ZONE))
                        .thenComparing(ZoneId::getId))
                .toList());
        timeZone.setItemLabelGenerator(ZoneId::getId);
        getContent().add(organizationName, timeZone);
        getContent().setMaxWidth("40rem");
        errors = new FormErrors(this).bind("organizationName", organizationName).bind("timeZone", timeZone);
    }

    void setFormDataObject(OrganizationSettings settings) {
        errors.clear();
        organizationName.setValue(settings.organizationName());
        timeZone.setValue(settings.timeZone());
    }

    Values getFormDataObject() {
        return new Values(organizationName.getValue(), timeZone.getValue());
    }

    FormErrors errors() {
        return errors;
    }
}
