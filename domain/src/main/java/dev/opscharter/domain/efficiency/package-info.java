/**
 * Making Operations measurably faster (效率提升, SPEC §5 "Efficiency projects", "Efficiency benchmarks and
 * tools"): process-optimization projects with their indicators before and after, benchmarks, and tools
 * introduced against the charter's expected gain.
 */
@NullMarked
package dev.opscharter.domain.efficiency;

import org.jspecify.annotations.NullMarked;
