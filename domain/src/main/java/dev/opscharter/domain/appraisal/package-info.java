/**
 * The appraisal rules (绩效考核核心指标): the five indicators and their parts, the director's
 * standards per year, the values behind them with their provenance, and the evaluation that turns
 * a period's values into a scorecard naming exactly what holds and what fails.
 */
@NullMarked
package dev.opscharter.domain.appraisal;

import org.jspecify.annotations.NullMarked;
