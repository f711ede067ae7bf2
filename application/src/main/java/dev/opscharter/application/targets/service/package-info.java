/**
 * The targets use cases on the kit's {@link dev.opscharter.application.shared.UseCase}: units, metrics and
 * targets with their revisions, the daily actuals entered or imported, the standings of a period, the monthly
 * review, the weekly report, and the scorecard parts the targets give.
 */
@NullMarked
package dev.opscharter.application.targets.service;

import org.jspecify.annotations.NullMarked;
