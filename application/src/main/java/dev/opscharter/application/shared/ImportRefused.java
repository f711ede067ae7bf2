package dev.opscharter.application.shared;

import dev.opscharter.application.shared.InflationGuard;

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

    static final String TOO_LARGE = "compliance.records.refused.too-large";
    static final String INFLATION = "compliance.records.refused.inflation";

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
