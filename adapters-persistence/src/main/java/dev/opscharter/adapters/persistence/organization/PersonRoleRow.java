package dev.opscharter.adapters.persistence.organization;

import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code person_role}; the owning person's id is Spring Data's back reference. */
@Table("person_role")
record PersonRoleRow(String role) {
}
