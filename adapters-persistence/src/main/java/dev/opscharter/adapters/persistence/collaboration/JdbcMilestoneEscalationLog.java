package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.application.collaboration.port.out.MilestoneEscalationLog;
import dev.opscharter.domain.collaboration.MilestoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The once-a-day rule in {@code milestone_escalation}: its primary key (milestone, recipient, day) lets only the
 * first insert through, also when two instances run the escalation at the same moment.
 */
@Component
class JdbcMilestoneEscalationLog implements MilestoneEscalationLog {

    private final JdbcClient jdbc;

    JdbcMilestoneEscalationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markSent(MilestoneId milestone, String recipient, LocalDate day) {
        return jdbc.sql("""
                        insert into milestone_escalation (milestone_id, recipient, day)
                        values (:milestone, :recipient, :day)
                        on conflict do nothing""")
                .param("milestone", milestone.value()).param("recipient", recipient).param("day", day)
                .update() == 1;
    }
}
