package dev.opscharter.adapters.persistence.charter;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

/**
 * A row of {@code charter_line}: the line of the dimension at {@code dimensionPosition}; the version
 * id and the line's own position are Spring Data's back reference and key.
 */
@Table("charter_line")
record CharterLineRow(int dimensionPosition, String dutyType, String textZh, String textEn, String involvement,
                      @Nullable UUID departmentId, @Nullable String signOff) {
}
