package dev.opscharter.adapters.messages;

import java.util.Locale;

/**
 * Where a wording class gets its texts: {@code Messages.bundled()::text} for documents and
 * notifications, Vaadin's provider for the screens (which reads the same bundles).
 */
@FunctionalInterface
public interface Translator {

    String text(String key, Locale locale, Object... arguments);
}
