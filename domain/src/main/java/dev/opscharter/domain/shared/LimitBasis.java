package dev.opscharter.domain.shared;

/** How a version's time limits are counted. */
public enum LimitBasis {
    /** Every hour of the clock. */
    CALENDAR,
    /** Only the organization's working hours ({@link WorkingCalendar}). */
    WORKING
}
