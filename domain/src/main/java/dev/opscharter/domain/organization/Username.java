package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The name a user signs in with: lower case, so "Manager" and "manager" are one account. */
public record Username(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    /** Names the system uses for actors that are not people. */
    private static final Set<String> RESERVED = Set.of("anonymous", "system");

    public Username {
        value = Require.text(value, "username", 40).toLowerCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValue("username", "validation.username");
        }
        if (RESERVED.contains(value)) {
            throw new InvalidValue("username", "validation.username.reserved", value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
