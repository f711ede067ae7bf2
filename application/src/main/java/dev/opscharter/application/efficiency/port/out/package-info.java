/** What the efficiency context needs kept: projects, benchmarks, tools, and the case durations of the execution records. */
@NullMarked
package dev.opscharter.application.efficiency.port.out;

import org.jspecify.annotations.NullMarked;
