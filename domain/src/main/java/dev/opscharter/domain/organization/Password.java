package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.InvalidValue;

/**
 * A password as typed, checked against the password policy before it is hashed. It never
 * appears in {@link #toString()} so it cannot leak into logs.
 */
public final class Password {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final String value;

    public Password(String value) {
        if (value == null || value.length() < MIN_LENGTH) {
            throw new InvalidValue("password", "validation.password.too-short", MIN_LENGTH);
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValue("password", "validation.too-long", MAX_LENGTH);
        }
        boolean letter = value.codePoints().anyMatch(Character::isLetter);
        boolean other = value.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            throw new InvalidValue("password", "validation.password.mix");
        }
        this.value = value;
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "********";
    }
}
