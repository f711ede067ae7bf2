/**
 * Appraisal standards, figures entered by hand, their evidence files and the approvals that freeze
 * a period's scorecard, in PostgreSQL. Periods are stored by {@code Period.key()}.
 */
@NullMarked
package dev.opscharter.adapters.persistence.appraisal;

import org.jspecify.annotations.NullMarked;
