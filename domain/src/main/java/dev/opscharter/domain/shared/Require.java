package dev.opscharter.domain.shared;

import org.jspecify.annotations.Nullable;

/** Guards for compact constructors; each failure becomes a localized field error. */
public final class Require {

    private Require() {
    }

    public static String text(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "validation.required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValue(field, "validation.too-long", maxLength);
        }
        return trimmed;
    }

    public static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidValue(field, "validation.required");
        }
        return value;
    }
}
