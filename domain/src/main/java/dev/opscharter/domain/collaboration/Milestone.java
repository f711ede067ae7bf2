package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.Require;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** A milestone of a project: which department owns it, when it is due, and when it was done. */
public record Milestone(MilestoneId id, String title, DepartmentCode owner, LocalDate dueOn,
                        Optional<LocalDate> doneOn) {

    public static final int MAX_TITLE = 150;

    public Milestone {
        Objects.requireNonNull(id, "id");
        title = Require.text(title, "title", MAX_TITLE);
        Require.present(owner, "owner");
        BusinessDate.check(Require.present(dueOn, "dueOn"), "dueOn");
        Objects.requireNonNull(doneOn, "doneOn");
        doneOn.ifPresent(day -> BusinessDate.check(day, "doneOn"));
    }

    public static Milestone of(String title, DepartmentCode owner, LocalDate dueOn) {
        return new Milestone(MilestoneId.random(), title, owner, dueOn, Optional.empty());
    }

    public boolean isDone() {
        return doneOn.isPresent();
    }

    /** Overdue once its due day has passed without it being done: due today is not yet overdue. */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && today.isAfter(dueOn);
    }

    /** Whole days past the due day while not done (1 on the day after it), else 0. */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    Milestone done(LocalDate on) {
        return new Milestone(id, title, owner, dueOn, Optional.of(on));
    }
}
