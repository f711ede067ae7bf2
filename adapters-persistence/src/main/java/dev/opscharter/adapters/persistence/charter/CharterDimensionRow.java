package dev.opscharter.adapters.persistence.charter;

import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code charter_dimension}; the version id and the position are Spring Data's back reference and key. */
@Table("charter_dimension")
record CharterDimensionRow(String code, String nameZh, String nameEn) {
}
