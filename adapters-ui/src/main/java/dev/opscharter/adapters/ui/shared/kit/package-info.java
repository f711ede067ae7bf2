/**
 * The record-keeping kit every context's screens are built from: a lazy record list with its empty
 * state, and the fields records share (a period, evidence). Public: views of every context use it.
 */
@NullMarked
package dev.opscharter.adapters.ui.shared.kit;

import org.jspecify.annotations.NullMarked;
