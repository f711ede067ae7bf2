/** The costs and ROI screens (成本与投入产出): costs, revenue, the ROI chart with its decisions, budgets. */
@NullMarked
package dev.opscharter.adapters.ui.costs;

import org.jspecify.annotations.NullMarked;
