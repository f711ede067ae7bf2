/**
 * Persistence of the efficiency context: projects with their indicators, benchmarks, tools (V27), and the case
 * durations read from the compliance context's execution records.
 */
@NullMarked
package dev.opscharter.adapters.persistence.efficiency;

import org.jspecify.annotations.NullMarked;
