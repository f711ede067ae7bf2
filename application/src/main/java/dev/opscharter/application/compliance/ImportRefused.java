package dev.opscharter.application.compliance;

import java.util.List;

/**
 * A file of execution records that cannot be imported, and why: the line of the source (1-based;
 * the line where the offending record starts) and an i18n message key with its arguments, so every
 * adapter can say it in the user's language. Nothing of a refused file is stored.
 */
public final class ImportRefused extends RuntimeException {

    private final long line;
    private final String messageKey;
    private final List<Object> arguments;

    public ImportRefused(long line, String messageKey, Object... arguments) {
        super("line " + line + ": " + messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.line = line;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public long line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
