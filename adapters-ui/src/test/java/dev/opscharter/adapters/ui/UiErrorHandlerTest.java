package dev.opscharter.adapters.ui;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UiErrorHandlerTest {

    @Test
    void refusals_of_the_use_cases_become_their_own_messages_even_when_wrapped() {
        assertThat(UiErrorHandler.keyFor(new AccessDenied("no"))).isEqualTo("error.access-denied");
        assertThat(UiErrorHandler.keyFor(new RuntimeException(new ConcurrentModification("Person", 1))))
                .isEqualTo("error.concurrent-modification");
        assertThat(UiErrorHandler.keyFor(new IllegalStateException(new RuntimeException(new NotFound("Person", 2)))))
                .isEqualTo("error.not-found");
    }

    @Test
    void anything_else_is_an_unexpected_error() {
        assertThat(UiErrorHandler.keyFor(new NullPointerException())).isEqualTo("error.unexpected");
    }
}
