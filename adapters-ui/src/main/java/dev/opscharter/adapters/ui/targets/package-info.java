/**
 * The targets screens (目标与指标): the attainment of a period's targets with the projection and trend
 * of each, the business units and metrics managers keep, and the daily actuals specialists enter or import.
 */
@NullMarked
package dev.opscharter.adapters.ui.targets;

import org.jspecify.annotations.NullMarked;
