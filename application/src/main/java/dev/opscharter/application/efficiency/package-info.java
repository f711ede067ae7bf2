/** The efficiency use cases (SPEC §5 "Efficiency projects", "Efficiency benchmarks and tools"). */
@NullMarked
package dev.opscharter.application.efficiency;

import org.jspecify.annotations.NullMarked;
