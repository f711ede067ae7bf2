/**
 * Persistence of the targets context (V25): business units, metrics, targets with their revisions, and
 * the daily actuals with their monthly totals.
 */
@NullMarked
package dev.opscharter.adapters.persistence.targets;

import org.jspecify.annotations.NullMarked;
