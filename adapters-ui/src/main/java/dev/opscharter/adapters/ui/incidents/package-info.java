/**
 * The incident board (突发事件): incidents paged newest first, each with its four steps timed against their limits,
 * the next step as an action and the director's major-accident ruling.
 */
@NullMarked
package dev.opscharter.adapters.ui.incidents;

import org.jspecify.annotations.NullMarked;
