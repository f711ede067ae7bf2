package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.EscalationLog;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link EscalationLog} does: once per action, person and day. */
abstract class CorrectiveActionEscalationLogContract {

    static final LocalDate DAY = LocalDate.of(2026, 8, 3);

    protected abstract EscalationLog log();

    /** An action the log may refer to. */
    protected abstract CorrectiveActionId storedAction();

    @Test
    void the_first_mark_of_a_day_goes_through_a_second_does_not() {
        var action = storedAction();
        assertThat(log().markSent(action, "specialist", DAY)).isTrue();
        assertThat(log().markSent(action, "specialist", DAY)).isFalse();
    }

    @Test
    void another_person_another_day_or_another_action_is_separate() {
        var action = storedAction();
        assertThat(log().markSent(action, "specialist", DAY)).isTrue();
        assertThat(log().markSent(action, "manager", DAY)).isTrue();
        assertThat(log().markSent(action, "specialist", DAY.plusDays(1))).isTrue();
        assertThat(log().markSent(storedAction(), "specialist", DAY)).isTrue();
    }
}
