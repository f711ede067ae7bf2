package dev.opscharter.application.organization.port.in;

import dev.opscharter.domain.organization.OrganizationSettings;

import java.time.ZoneId;

/** Organization-wide settings: readable by every user, changed by the administrator. */
public interface ManageSettings {

    OrganizationSettings current();

    void change(String organizationName, ZoneId timeZone, long version);
}
