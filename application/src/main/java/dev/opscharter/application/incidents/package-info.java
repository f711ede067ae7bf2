/** The incidents use cases (SPEC §5 "Incidents", issue 15): report, the four steps in order, the ruling, timeliness. */
@NullMarked
package dev.opscharter.application.incidents;

import org.jspecify.annotations.NullMarked;
