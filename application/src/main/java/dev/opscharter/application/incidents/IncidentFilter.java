package dev.opscharter.application.incidents;

import dev.opscharter.domain.incidents.Incident;

import java.util.Locale;
import java.util.Optional;

/**
 * Which incidents a list shows: of one type or all, open or finished or both, and those whose title holds a text,
 * in any case. Shared by the query port and the store, so the store filters and counts in the database.
 */
public record IncidentFilter(Optional<String> type, Optional<Status> status, String text) {

    public static final IncidentFilter ALL = new IncidentFilter(Optional.empty(), Optional.empty(), "");

    public enum Status {
        /** A step is left to do. */
        OPEN,
        /** The post-mortem is done. */
        FINISHED
    }

    public IncidentFilter {
        text = text.strip();
    }

    /** The text as the stores match it: lower case. */
    public String needle() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean matches(Incident incident) {
        var needle = needle();
        return type.map(incident.typeCode()::equals).orElse(true)
                && status.map(s -> (s == Status.FINISHED) == incident.finished()).orElse(true)
                && (needle.isEmpty() || incident.title().toLowerCase(Locale.ROOT).contains(needle));
    }
}
