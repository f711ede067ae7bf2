/** Operating costs, channel revenue, ROI and budgets: the use cases and the types their ports share. */
@NullMarked
package dev.opscharter.application.costs;

import org.jspecify.annotations.NullMarked;
