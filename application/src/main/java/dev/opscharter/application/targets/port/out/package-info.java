/** What the targets use cases need kept: units, metrics, targets with their revisions, daily actuals. */
@NullMarked
package dev.opscharter.application.targets.port.out;

import org.jspecify.annotations.NullMarked;
