package dev.opscharter.domain.shared;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every refusal names the field and the message key; tests check both, never the English text. */
public final class InvalidValueAssertions {

    private InvalidValueAssertions() {
    }

    public static InvalidValue assertRejected(ThrowingCallable action, String field, String messageKey) {
        var refusal = catchThrowableOfType(InvalidValue.class, action);
        assertThat(refusal).as("expected an InvalidValue for %s", field).isNotNull();
        assertThat(refusal.field()).as("field").isEqualTo(field);
        assertThat(refusal.messageKey()).as("message key").isEqualTo(messageKey);
        return refusal;
    }
}
