package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a new version of the standards would do, before it is saved, to the periods that have begun
 * and that it would judge: which of them get another verdict on some part, and how; and which are
 * approved and so keep the verdict they were approved with. Both sides are judged by
 * {@link ScorecardPolicy}, so the preview cannot disagree with the scorecard.
 *
 * @param rejudged     the unapproved periods whose verdict on at least one part changes, oldest first
 * @param approvedKept the approved periods the new version would otherwise judge, oldest first
 */
public record StandardsImpact(Period.Quarter from, List<Rejudged> rejudged, List<Period> approvedKept) {

    public StandardsImpact {
        Objects.requireNonNull(from);
        rejudged = List.copyOf(rejudged);
        approvedKept = List.copyOf(approvedKept);
    }

    /** A period that the new version judges differently from the one it is judged by now. */
    public record Rejudged(Period period, int currentVersion, List<PartChange> parts) {

        public Rejudged {
            parts = List.copyOf(parts);
        }
    }

    /** One part's verdict before and after, with the figure it rests on (none when there is no data). */
    public record PartChange(Part part, Optional<BigDecimal> figure, Threshold before, Threshold after, Status was,
                             Status becomes) {
    }

    public boolean changesVerdicts() {
        return !rejudged.isEmpty();
    }

    public List<Period> rejudgedPeriods() {
        return rejudged.stream().map(Rejudged::period).toList();
    }

    /**
     * @param approved the periods among {@code periodsFrom(candidate.from(), today)} the director approved
     * @param values   the figures of those periods and of the quarters their verdicts read
     */
    public static StandardsImpact of(StandardsHistory history, AppraisalStandards candidate, Set<Period> approved,
                                     PartValues values, LocalDate today) {
        var after = history.with(candidate);
        var rejudged = new ArrayList<Rejudged>();
        var kept = new ArrayList<Period>();
        for (var period : periodsFrom(candidate.from(), today)) {
            var judgedBy = after.inForceFor(period).filter(v -> v.number() == candidate.number());
            var current = history.inForceFor(period);
            if (judgedBy.isEmpty() || current.isEmpty()) {
                continue;   // a later version keeps judging it, or there was nothing to judge it by
            }
            if (approved.contains(period)) {
                kept.add(period);
                continue;
            }
            var before = ScorecardPolicy.evaluate(period, current.get(), values, today);
            compare(before, ScorecardPolicy.evaluate(period, candidate, values, today)).ifPresent(rejudged::add);
        }
        return new StandardsImpact(candidate.from(), rejudged, kept);
    }

    /**
     * The periods that have begun by {@code today} and start in or after {@code from}: its quarter and
     * the later ones, and every year whose 1 January is among their first days; by first day, a year
     * before its first quarter.
     */
    public static List<Period> periodsFrom(Period.Quarter from, LocalDate today) {
        var periods = new ArrayList<Period>();
        for (var quarter = from; !quarter.isFuture(today); quarter = quarter.next()) {
            if (quarter.quarter() == 1) {
                periods.add(quarter.asYear());
            }
            periods.add(quarter);
        }
        return periods;
    }

    /** The parts whose verdict differs between two scorecards of the same period; empty when none does. */
    static Optional<Rejudged> compare(Scorecard before, Scorecard after) {
        var changes = new ArrayList<PartChange>();
        for (var part : Part.values()) {
            var was = before.part(part).orElseThrow();
            var becomes = after.part(part).orElseThrow();
            if (was.status() != becomes.status()) {
                changes.add(new PartChange(part, becomes.figure(), was.threshold(), becomes.threshold(), was.status(),
                        becomes.status()));
            }
        }
        return changes.isEmpty() ? Optional.empty()
                : Optional.of(new Rejudged(before.period(), before.standardsVersion(), changes));
    }
}
