/**
 * Persistence of the targets context: units, metrics, targets, daily actuals (V25) and the weekly reports
 * with their subscribers (V28).
 */
@NullMarked
package dev.opscharter.adapters.persistence.targets;

import org.jspecify.annotations.NullMarked;
