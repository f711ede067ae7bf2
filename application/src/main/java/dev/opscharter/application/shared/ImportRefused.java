package dev.opscharter.application.shared;

import dev.opscharter.application.shared.InflationGuard;

import java.util.List;

/**
 * A file of rows that cannot be imported, and why: the line of the source (1-based; the line where the
 * offending record starts) and an i18n message key with its arguments, so every adapter can say it in
 * the user's language. Nothing of a refused file is stored. A file that cannot be read as rows at all
 * is refused with the shared reader's keys ({@value #KEYS}…), whatever is imported; each import names
 * its own reasons under its own prefix.
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

    /** The prefix of the refusals every import shares: the file cannot be read as rows. */
    public static final String KEYS = "imports.refused.";
    static final String TOO_LARGE = KEYS + "too-large";
    static final String INFLATION = KEYS + "inflation";

    /** The refusal of a file that inflates past a limit, at the line reached (too large, or a bomb). */
    public static ImportRefused inflated(InflationGuard.Exceeded exceeded, long line) {
        return exceeded.which() == InflationGuard.Limit.SIZE
                ? new ImportRefused(line, TOO_LARGE, exceeded.limit() >> 20)
                : new ImportRefused(line, INFLATION, exceeded.limit());
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
