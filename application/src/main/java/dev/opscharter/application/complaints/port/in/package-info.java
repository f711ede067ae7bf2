/** What the screens ask of the complaints: enter the day counts, record a major complaint, read the rate. */
@NullMarked
package dev.opscharter.application.complaints.port.in;

import org.jspecify.annotations.NullMarked;
