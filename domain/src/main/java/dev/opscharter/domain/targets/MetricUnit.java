package dev.opscharter.domain.targets;

/** What a metric's figures count, for showing them: an amount of the organization's currency, a count, … */
public enum MetricUnit {
    MONEY,
    COUNT,
    PERCENT,
    HOURS,
    DAYS,
    SCORE
}
