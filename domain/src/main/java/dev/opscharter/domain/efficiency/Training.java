package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.InvalidValue;

/** The training given for a tool: how many sessions, how many attended, and what it covered. */
public record Training(int sessions, int attendees, String note) {

    public static final Training NONE = new Training(0, 0, "");

    public Training {
        if (sessions < 0 || sessions > 1000) {
            throw new InvalidValue("sessions", "validation.value.at-least", 0);
        }
        if (attendees < 0 || attendees > 100_000) {
            throw new InvalidValue("attendees", "validation.value.at-least", 0);
        }
        note = note == null ? "" : note.strip();
        if (note.length() > 500) {
            throw new InvalidValue("note", "validation.too-long", 500);
        }
    }

    public boolean given() {
        return sessions > 0;
    }
}
