package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.EscalationLog;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The once-a-day rule in {@code notification_sent}: its primary key (action, recipient, day) lets
 * only the first insert through, also when two instances run the job at the same moment.
 */
@Component
class CorrectiveActionEscalationLog implements EscalationLog {

    private final JdbcClient jdbc;

    CorrectiveActionEscalationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markSent(CorrectiveActionId action, String recipient, LocalDate day) {
        return jdbc.sql("""
                        insert into notification_sent (corrective_action_id, recipient, day)
                        values (:action, :recipient, :day)
                        on conflict do nothing""")
                .param("action", action.value())
                .param("recipient", recipient)
                .param("day", day)
                .update() == 1;
    }
}
