package dev.opscharter.domain.costs;

import dev.opscharter.domain.shared.InvalidValue;

/** Free text that may be empty. */
final class Notes {

    private Notes() {
    }

    static String optional(String text, String field, int max) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.length() > max) {
            throw new InvalidValue(field, "validation.too-long", max);
        }
        return stripped;
    }
}
