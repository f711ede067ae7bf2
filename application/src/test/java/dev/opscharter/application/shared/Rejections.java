package dev.opscharter.application.shared;

import dev.opscharter.domain.shared.InvalidValue;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every refusal names the field and the message key a form shows; tests check both. */
public final class Rejections {

    private Rejections() {
    }

    public static InvalidValue assertRejected(ThrowingCallable action, String field, String messageKey) {
        var refusal = catchThrowableOfType(InvalidValue.class, action);
        assertThat(refusal).as("expected an InvalidValue for %s", field).isNotNull();
        assertThat(refusal.field()).as("field").isEqualTo(field);
        assertThat(refusal.messageKey()).as("message key").isEqualTo(messageKey);
        return refusal;
    }
}
