/** What the screens and jobs ask of the risk register: risks and their history, figures, the heat map, reviews. */
@NullMarked
package dev.opscharter.application.risks.port.in;

import org.jspecify.annotations.NullMarked;
