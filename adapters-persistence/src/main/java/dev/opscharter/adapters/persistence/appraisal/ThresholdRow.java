package dev.opscharter.adapters.persistence.appraisal;

import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;

/** A row of {@code appraisal_threshold}; the standards id and the part are Spring Data's back reference and key. */
@Table("appraisal_threshold")
record ThresholdRow(BigDecimal value) {
}
