/** The monthly review screen: the month's deviations, their causes and the measures the charter routes. */
@NullMarked
package dev.opscharter.adapters.ui.targets.review;

import org.jspecify.annotations.NullMarked;
