/**
 * Persistence of the targets context: business units, metrics, targets with their revisions, and the daily
 * actuals with their monthly totals (V25); the weekly reports written and their subscribers (V28).
 */
@NullMarked
package dev.opscharter.adapters.persistence.targets;

import org.jspecify.annotations.NullMarked;
