/** What the risk register needs kept: risks with their indicators and history, the indicators' figures, reviews. */
@NullMarked
package dev.opscharter.application.risks.port.out;

import org.jspecify.annotations.NullMarked;
