/**
 * The team (团队管理): the training plan of a year with its courses, who must attend them, their attendance and
 * completion with evidence and the year's training completion; the appraisal results of a quarter with its pass rate.
 */
@NullMarked
package dev.opscharter.adapters.ui.team;

import org.jspecify.annotations.NullMarked;
