package dev.opscharter.domain.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * Who is told about an overdue corrective action today. An action is overdue from the day after
 * its due date while it is still open or in progress (a submitted action waits for the manager,
 * not the owner). Then, once a day:
 * <ul>
 *   <li>overdue by {@value #OWNER_FROM_DAY} to {@value #MANAGER_FROM_DAY} − 1 days: the owner is reminded;</li>
 *   <li>overdue by {@value #MANAGER_FROM_DAY} days or more: the owner is reminded and the manager who
 *       assigned the action is told as well (escalated).</li>
 * </ul>
 * The "once a day, once per person and action" part is the job's bookkeeping, not this policy's.
 */
public final class EscalationPolicy {

    /** The first overdue day on which the owner is reminded. */
    public static final int OWNER_FROM_DAY = 1;
    /** The first overdue day on which the assigning manager is told too. */
    public static final int MANAGER_FROM_DAY = 3;

    public sealed interface Escalation permits NotOverdue, RemindOwner, EscalateToManager {

        /** The people to notify today, owner first. */
        List<Recipient> recipients();
    }

    public record NotOverdue() implements Escalation {
        @Override
        public List<Recipient> recipients() {
            return List.of();
        }
    }

    public record RemindOwner(String owner, long daysOverdue) implements Escalation {
        @Override
        public List<Recipient> recipients() {
            return List.of(new Recipient(owner, Audience.OWNER));
        }
    }

    public record EscalateToManager(String owner, String manager, long daysOverdue) implements Escalation {
        @Override
        public List<Recipient> recipients() {
            return owner.equals(manager) ? List.of(new Recipient(owner, Audience.OWNER))
                    : List.of(new Recipient(owner, Audience.OWNER), new Recipient(manager, Audience.MANAGER));
        }
    }

    public enum Audience {
        OWNER, MANAGER
    }

    public record Recipient(String user, Audience audience) {
    }

    public Escalation decide(CorrectiveAction action, LocalDate today) {
        long days = action.daysOverdue(today);
        if (days < OWNER_FROM_DAY) {
            return new NotOverdue();
        }
        return days < MANAGER_FROM_DAY ? new RemindOwner(action.owner(), days)
                : new EscalateToManager(action.owner(), action.assignedBy(), days);
    }
}
