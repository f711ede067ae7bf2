/**
 * The appraisal views: the scorecard of a period with its drill-down, figures entered by hand, the
 * director's approval and the trend; and the standards with their version history.
 */
@NullMarked
package dev.opscharter.adapters.ui.appraisal;

import org.jspecify.annotations.NullMarked;
