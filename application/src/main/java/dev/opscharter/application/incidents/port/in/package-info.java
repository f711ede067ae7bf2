/** What the screens and jobs ask of the incidents: report and handle them, rule on them, read their timings. */
@NullMarked
package dev.opscharter.application.incidents.port.in;

import org.jspecify.annotations.NullMarked;
