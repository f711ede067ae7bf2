package dev.opscharter.adapters.persistence.organization;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

/**
 * A row of {@code department}. The version is a primitive {@code long}: Spring Data JDBC then
 * stores 1 on insert (a wrapper type would start at 0) and checks and bumps it on update.
 */
@Table("department")
record DepartmentRow(@Id UUID id, String code, String nameZh, String nameEn, String kind, boolean active,
                     @Version long version) {
}
