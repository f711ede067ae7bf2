/** The targets use cases: units, metrics, targets, actuals, attainment and the weekly report. */
@NullMarked
package dev.opscharter.application.targets.service;

import org.jspecify.annotations.NullMarked;
