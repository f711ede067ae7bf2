/** The costs context's stores in PostgreSQL ({@code cost_*} tables, V26). */
@NullMarked
package dev.opscharter.adapters.persistence.costs;

import org.jspecify.annotations.NullMarked;
