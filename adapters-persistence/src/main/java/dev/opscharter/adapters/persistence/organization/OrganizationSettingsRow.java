package dev.opscharter.adapters.persistence.organization;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The single row of {@code organization_settings} (id 1, seeded by the first migration). */
@Table("organization_settings")
record OrganizationSettingsRow(@Id int id, String organizationName, String timeZone, @Version long version) {

    static final int THE_ROW = 1;
}
