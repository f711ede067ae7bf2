/** The team's stores in PostgreSQL ({@code training_*} and {@code appraisal_result} tables, V36). */
@NullMarked
package dev.opscharter.adapters.persistence.team;

import org.jspecify.annotations.NullMarked;
