/**
 * The risk register (风险台账): the risks paged from the database, their ratings, plans, key risk indicators and
 * figures, the likelihood × impact heat map and the monthly and quarterly reviews.
 */
@NullMarked
package dev.opscharter.adapters.ui.risks;

import org.jspecify.annotations.NullMarked;
