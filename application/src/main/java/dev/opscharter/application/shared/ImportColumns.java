package dev.opscharter.application.shared;

import java.util.Locale;

/**
 * The header rules every import of rows keeps: the columns it needs are found by name (trimmed, any case,
 * in any order; other columns are ignored, a needed one named twice refuses), and each needed field is
 * checked alike — present, not empty, not too long, not a spreadsheet formula. Each import names its
 * columns and the prefix of its refusals' message keys ({@code <prefix>empty-file}, {@code missing-header},
 * {@code duplicate-column}, {@code missing-columns}, {@code empty-value}, {@code value-too-long}, {@code formula}).
 */
public final class ImportColumns {

    /**
     * A value starting with this is a formula to a spreadsheet (CSV injection). Only "=": ids such as
     * "-1" or "+86..." are ordinary values, and exports write text cells anyway.
     */
    private static final char FORMULA_START = '=';

    private final String prefix;
    private final String[] names;
    private final int[] at;
    private final int needed;
    private final int maxLength;

    private ImportColumns(String prefix, String[] names, int[] at, int maxLength) {
        this.prefix = prefix;
        this.names = names;
        this.at = at;
        this.maxLength = maxLength;
        int most = 0;
        for (int index : at) {
            most = Math.max(most, index + 1);
        }
        this.needed = most;
    }

    /**
     * Reads the header, the first row of {@code rows}.
     *
     * @param maxLength the most characters a needed field may have
     * @param names     the needed columns; {@link #value} takes an index into them
     */
    public static ImportColumns read(ImportRows rows, String prefix, int maxLength, String... names) {
        if (!rows.next()) {
            throw new ImportRefused(1, prefix + "empty-file");
        }
        int[] at = new int[names.length];
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < rows.fieldCount(); i++) {
            var name = rows.field(i).strip().toLowerCase(Locale.ROOT);
            for (int c = 0; c < names.length; c++) {
                if (names[c].equals(name)) {
                    if (at[c] >= 0) {
                        throw new ImportRefused(rows.line(), prefix + "duplicate-column", names[c]);
                    }
                    at[c] = i;
                }
            }
        }
        var missing = new StringBuilder();
        for (int c = 0; c < names.length; c++) {
            if (at[c] < 0) {
                missing.append(missing.isEmpty() ? "" : ", ").append(names[c]);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRefused(rows.line(), prefix + "missing-header", missing.toString());
        }
        return new ImportColumns(prefix, names.clone(), at, maxLength);
    }

    /** Refuses the current row when it ends before a needed column. */
    public void requireFields(ImportRows rows) {
        if (rows.fieldCount() < needed) {
            throw new ImportRefused(rows.line(), prefix + "missing-columns", rows.fieldCount(), needed);
        }
    }

    /** The current row's field of needed column {@code column}, stripped and checked. */
    public String value(ImportRows rows, int column) {
        var value = rows.field(at[column]).strip();
        if (value.isEmpty()) {
            throw new ImportRefused(rows.line(), prefix + "empty-value", names[column]);
        }
        if (value.length() > maxLength) {
            throw new ImportRefused(rows.line(), prefix + "value-too-long", names[column], maxLength);
        }
        if (value.charAt(0) == FORMULA_START) {
            // a spreadsheet would run it when the rows are exported and opened (CSV injection)
            throw new ImportRefused(rows.line(), prefix + "formula", names[column], abbreviated(value));
        }
        return value;
    }

    /** The name of needed column {@code column}, for a refusal of its value. */
    public String name(int column) {
        return names[column];
    }

    public static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
