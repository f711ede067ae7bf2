/**
 * The efficiency screens (效率提升): optimization projects with their indicators before and after, measured
 * from the execution records where the process has them; benchmarks; tools against the charter's 20 %.
 */
@NullMarked
package dev.opscharter.adapters.ui.efficiency;

import org.jspecify.annotations.NullMarked;
