/**
 * Operating cost and return (成本与投入产出, SPEC §5 "Cost and ROI"): monthly cost by type and by channel,
 * revenue attributed per channel, the return on each channel's cost, and the stop-or-optimize decision a
 * channel that returns less than it costs needs.
 */
@NullMarked
package dev.opscharter.domain.costs;

import org.jspecify.annotations.NullMarked;
