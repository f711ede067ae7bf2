/** The incidents context's stores in PostgreSQL ({@code incident_type} and {@code incident}, V33). */
@NullMarked
package dev.opscharter.adapters.persistence.incidents;

import org.jspecify.annotations.NullMarked;
