package dev.opscharter.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * All versions of a versioned record, and the one answer to "which version is in force on a day".
 * Which of the versions already effective wins is the record's {@link Precedence}.
 */
public final class VersionHistory<V extends Versioned> {

    /** Which of the versions already effective on a day is in force. */
    public enum Precedence {
        /**
         * The highest number (charter, process manual): a revision is made from the newest version, so it
         * supersedes every earlier one from its effective date, also one scheduled for a later day.
         */
        NEWEST_NUMBER(Comparator.comparingInt(Versioned::number)),
        /** The latest effective day, of two from the same day the higher number (appraisal standards). */
        LATEST_START(Comparator.comparing(Versioned::effectiveFrom).thenComparingInt(Versioned::number));

        private final Comparator<Versioned> order;

        Precedence(Comparator<Versioned> order) {
            this.order = order;
        }
    }

    private final List<V> versions;
    private final Precedence precedence;

    private VersionHistory(List<V> versions, Precedence precedence) {
        this.versions = versions.stream().sorted(Comparator.comparingInt(Versioned::number)).toList();
        this.precedence = precedence;
    }

    public static <V extends Versioned> VersionHistory<V> of(List<V> versions, Precedence precedence) {
        return new VersionHistory<>(versions, precedence);
    }

    /** In the order of their numbers. */
    public List<V> versions() {
        return versions;
    }

    public Optional<V> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day)).max(precedence.order);
    }

    /** In force for a period (a quarter, a year): on its first day. */
    public Optional<V> inForceIn(Period period) {
        return inForceOn(period.firstDay());
    }

    /** In force at an instant: on its day in the organization's time zone. */
    public Optional<V> inForceAt(Instant instant, ZoneId zone) {
        return inForceOn(LocalDate.ofInstant(instant, zone));
    }

    /** The version with the highest number, whether in force yet or not. */
    public Optional<V> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<V> number(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /**
     * In force today; scheduled when it will be in force from its (later) first day; superseded
     * otherwise — also a version scheduled for a day on which a newer one will already rule, as it never comes.
     */
    public VersionState stateOf(V version, LocalDate today) {
        if (isSame(inForceOn(today), version)) {
            return VersionState.IN_FORCE;
        }
        return version.effectiveFrom().isAfter(today) && isSame(inForceOn(version.effectiveFrom()), version)
                ? VersionState.SCHEDULED : VersionState.SUPERSEDED;
    }

    private static boolean isSame(Optional<? extends Versioned> found, Versioned version) {
        return found.isPresent() && found.get().number() == version.number();
    }

    /** The answers at every instant computed once, for callers that ask for each of millions of cases. */
    public Lookup<V> lookup(ZoneId zone) {
        return new Lookup<>(this, zone);
    }

    /**
     * The versions' first instants in order, each with the version in force from it: a binary
     * search per question, no allocation. Indexes are those of {@link #versions()}.
     */
    public static final class Lookup<V extends Versioned> {

        private final List<V> versions;
        private final Instant[] starts;
        private final int[] winners;

        private Lookup(VersionHistory<V> history, ZoneId zone) {
            versions = history.versions;
            var order = Comparator.<Integer, LocalDate>comparing(i -> versions.get(i).effectiveFrom())
                    .thenComparingInt(i -> versions.get(i).number());
            var byStart = IntStream.range(0, versions.size()).boxed().sorted(order).toList();
            starts = new Instant[byStart.size()];
            winners = new int[byStart.size()];
            int winner = -1;
            for (int i = 0; i < byStart.size(); i++) {
                int index = byStart.get(i);
                // the same fold as inForceOn's max: a later candidate wins only when strictly ahead
                if (winner < 0 || history.precedence.order.compare(versions.get(index), versions.get(winner)) > 0) {
                    winner = index;
                }
                starts[i] = versions.get(index).effectiveFrom().atStartOfDay(zone).toInstant();
                winners[i] = winner;
            }
        }

        /** The index (in {@link VersionHistory#versions()}) of the version in force at the instant, or -1. */
        public int indexAt(Instant instant) {
            int low = 0;
            int high = starts.length - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (starts[middle].isAfter(instant)) {
                    high = middle - 1;
                } else {
                    found = middle;
                    low = middle + 1;
                }
            }
            return found < 0 ? -1 : winners[found];
        }

        public Optional<V> at(Instant instant) {
            int index = indexAt(instant);
            return index < 0 ? Optional.empty() : Optional.of(versions.get(index));
        }

        public V version(int index) {
            return versions.get(index);
        }

        public int size() {
            return versions.size();
        }
    }
}
