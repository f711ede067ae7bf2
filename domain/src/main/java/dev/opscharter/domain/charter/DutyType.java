package dev.opscharter.domain.charter;

import dev.opscharter.domain.shared.InvalidValue;

import java.util.regex.Pattern;

/** The kind of duty a work item belongs to, as the charter names it, e.g. {@code SYSTEM_DEVELOPMENT}. */
public record DutyType(String code) implements Comparable<DutyType> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");

    public DutyType {
        code = code == null ? "" : code.strip();
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidValue("dutyType", "validation.duty-type", code);
        }
    }

    @Override
    public int compareTo(DutyType other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
