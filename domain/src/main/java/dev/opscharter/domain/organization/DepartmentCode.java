package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.util.Locale;
import java.util.regex.Pattern;

/** A department's stable short code (e.g. {@code FINANCE}); other records refer to it in imports. */
public record DepartmentCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    public DepartmentCode {
        value = Require.text(value, "code", 32).toUpperCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValue("code", "validation.department-code");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
