package dev.opscharter.domain.shared;

/** Where a version stands on a day: the one in force, one still to come, or one that is over (or never came). */
public enum VersionState { IN_FORCE, SCHEDULED, SUPERSEDED }
