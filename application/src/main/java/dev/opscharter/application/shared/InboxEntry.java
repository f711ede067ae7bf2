package dev.opscharter.application.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** A notification in a user's inbox. */
public record InboxEntry(UUID id, String recipient, String subjectKey, List<String> arguments, String link,
                         Instant createdAt, Optional<Instant> readAt) {

    public InboxEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(subjectKey);
        arguments = List.copyOf(arguments);
        link = link == null ? "" : link;
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(readAt);
    }

    public boolean unread() {
        return readAt.isEmpty();
    }

    /** The subject's arguments as the reader sees them; see {@link #shown(List, Function)}. */
    public Object[] shownArguments(Function<LocalDate, String> dateFormat) {
        return shown(arguments, dateFormat);
    }

    /**
     * Arguments as a channel shows them: a date is stored as an ISO date ({@code 2026-12-18}, the
     * same whoever reads it) and shown in the reader's format ({@code 2026年12月18日},
     * {@code Dec 18, 2026}); every other argument as it is.
     */
    public static Object[] shown(List<String> arguments, Function<LocalDate, String> dateFormat) {
        return arguments.stream().map(argument -> isoDate(argument).map(dateFormat).orElse(argument)).toArray();
    }

    private static Optional<LocalDate> isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
