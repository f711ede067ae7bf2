/**
 * The risk register (风险台账, SPEC §5 "Risk register", issue 15): risks rated by likelihood and impact, their
 * level, and the key risk indicators whose thresholds raise the contingency plan when a figure crosses them.
 */
@NullMarked
package dev.opscharter.domain.risks;

import org.jspecify.annotations.NullMarked;
