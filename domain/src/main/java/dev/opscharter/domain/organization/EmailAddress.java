package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.util.Locale;
import java.util.regex.Pattern;

public record EmailAddress(String value) {

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        value = Require.text(value, "email", 254).toLowerCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValue("email", "validation.email");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
