/**
 * Incidents (突发事件, SPEC §5 "Incidents", issue 15): each handled in four steps — locate the cause, take the
 * emergency measure, notify the stakeholders, hold the post-mortem — every step timed against its own limit for the
 * incident's type, in calendar or working hours.
 */
@NullMarked
package dev.opscharter.domain.incidents;

import org.jspecify.annotations.NullMarked;
