package dev.opscharter.adapters.persistence.organization;

import java.util.Locale;
import java.util.UUID;

/** Values no other test uses: the JDBC contract tests share one database and commit. */
final class Unique {

    private Unique() {
    }

    /** Twelve random letters and digits, upper case. */
    static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }
}
