/**
 * Persistence of the compliance context: the process manual and the execution records.
 */
@NullMarked
package dev.opscharter.adapters.persistence.compliance;

import org.jspecify.annotations.NullMarked;
