/** What the screens and jobs ask of collaboration: meeting series and meetings with their items, conflicts. */
@NullMarked
package dev.opscharter.application.collaboration.port.in;

import org.jspecify.annotations.NullMarked;
