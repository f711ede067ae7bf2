package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.util.regex.Pattern;

/** The codes of metrics and business units: what imports and reports name them by. */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private Codes() {
    }

    /** Capital letters, digits and _, starting with a letter, at most 40; else refused with {@code messageKey}. */
    static String checked(String code, String messageKey) {
        var text = Require.text(code, "code", 40);
        if (!CODE.matcher(text).matches()) {
            throw new InvalidValue("code", messageKey);
        }
        return text;
    }
}
