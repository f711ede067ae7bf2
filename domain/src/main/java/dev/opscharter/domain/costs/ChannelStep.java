package dev.opscharter.domain.costs;

/** What can be done to a channel. */
public enum ChannelStep {
    EDIT,
    DEACTIVATE,
    REACTIVATE
}
