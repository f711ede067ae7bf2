package dev.opscharter.adapters.persistence.organization;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A row of {@code person} with its roles in {@code person_role}. An update rewrites the roles after
 * the version-checked update of this row, so a stale update touches neither.
 */
@Table("person")
record PersonRow(@Id UUID id, String name, String email, UUID departmentId,
                 @MappedCollection(idColumn = "person_id") Set<PersonRoleRow> roles, boolean coreStaff,
                 LocalDate joinedOn, @Nullable LocalDate leftOn, @Version long version) {
}
