/** Charter versions and the work items they route, in PostgreSQL. */
@NullMarked
package dev.opscharter.adapters.persistence.charter;

import org.jspecify.annotations.NullMarked;
