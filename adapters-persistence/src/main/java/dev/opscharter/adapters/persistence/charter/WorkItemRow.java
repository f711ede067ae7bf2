package dev.opscharter.adapters.persistence.charter;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code work_item}: the item, its routing decision with the cited charter line copied
 * in, and the last sign-off decision (all its columns set, or none). The version is a primitive
 * {@code long}: stored as 1 on insert, checked and bumped on update.
 */
@Table("work_item")
record WorkItemRow(@Id UUID id, String kind, String title, String description, String dutyType,
                   String involvement, @Nullable UUID departmentId, @Nullable String signOffAuthority,
                   int charterVersion, String citationDimensionCode, String citationDimensionNameZh,
                   String citationDimensionNameEn, String citationTextZh, String citationTextEn, String status,
                   String raisedBy, Instant raisedAt, @Nullable LocalDate dueOn, @Nullable Boolean signOffApproved,
                   @Nullable String signOffBy, @Nullable String signOffRole, @Nullable Instant signOffAt,
                   @Nullable String signOffComment, @Nullable String closedBy, @Nullable Instant closedAt,
                   String outcome, @Version long version) {
}
