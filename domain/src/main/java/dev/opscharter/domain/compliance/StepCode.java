package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.InvalidValue;

/** A step of a process version: {@code T02_CHECK_CONFIRMATION_OF_RECEIPT}. */
public record StepCode(String value) implements Comparable<StepCode> {

    public StepCode {
        value = value == null ? "" : value.strip();
        if (!ProcessCode.CODE.matcher(value).matches()) {
            throw new InvalidValue("stepCode", "validation.compliance.code", value);
        }
    }

    @Override
    public int compareTo(StepCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
