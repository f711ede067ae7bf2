/**
 * Operating targets and their actuals (运营目标与指标, SPEC §5 "Targets and metrics"): business units,
 * metrics with their direction and aggregation, targets per unit, metric and period, daily actuals, and
 * what follows from them — a period's figure, its attainment of the target, and the projection of a
 * running period at its current pace.
 */
@NullMarked
package dev.opscharter.domain.targets;

import org.jspecify.annotations.NullMarked;
