/** The targets use cases (SPEC §5 "Targets and metrics"): units, metrics, targets, daily actuals and attainment. */
@NullMarked
package dev.opscharter.application.targets;

import org.jspecify.annotations.NullMarked;
