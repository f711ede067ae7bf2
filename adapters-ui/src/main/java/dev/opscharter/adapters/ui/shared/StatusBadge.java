package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/** A small coloured label for a state in a grid cell, drawn by the shared {@code .badge} styles. */
public final class StatusBadge extends Span {

    public enum Tone {
        NEUTRAL, SUCCESS, WARNING, ERROR
    }

    public StatusBadge(String text, Tone tone) {
        super(text);
        addClassName("badge");
        if (tone != Tone.NEUTRAL) {
            addClassName(tone.name().toLowerCase(Locale.ROOT));
        }
    }
}
