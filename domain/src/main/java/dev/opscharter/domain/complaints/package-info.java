/**
 * Complaints (投诉, SPEC §5 "Complaints", issue 15): the complaints counted per day, the major ones among them, each
 * major complaint recorded with its reason and the incident it opened; the major complaint rate of a period.
 */
@NullMarked
package dev.opscharter.domain.complaints;

import org.jspecify.annotations.NullMarked;
