/** The complaints use cases (SPEC §5 "Complaints", issue 15): day counts, major complaints, the major complaint rate. */
@NullMarked
package dev.opscharter.application.complaints;

import org.jspecify.annotations.NullMarked;
