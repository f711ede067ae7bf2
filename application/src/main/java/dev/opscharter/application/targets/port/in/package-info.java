/** What the screens and jobs ask of the targets: units, metrics, targets, actuals and attainment. */
@NullMarked
package dev.opscharter.application.targets.port.in;

import org.jspecify.annotations.NullMarked;
