/** Complaints (投诉): the day counts by month, entered one day at a time, and the major complaints one by one. */
@NullMarked
package dev.opscharter.adapters.ui.complaints;

import org.jspecify.annotations.NullMarked;
