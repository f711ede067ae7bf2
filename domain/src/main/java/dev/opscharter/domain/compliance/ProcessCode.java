package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.InvalidValue;

import java.util.regex.Pattern;

/** A process of the manual, as execution records name it: {@code COMPLAINT_HANDLING}. */
public record ProcessCode(String value) implements Comparable<ProcessCode> {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public ProcessCode {
        value = value == null ? "" : value.strip();
        if (!CODE.matcher(value).matches()) {
            throw new InvalidValue("processCode", "validation.compliance.code", value);
        }
    }

    @Override
    public int compareTo(ProcessCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
