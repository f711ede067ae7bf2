package dev.opscharter.domain.team;

import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Proportion;

import java.time.LocalDate;

/**
 * Training plan completion (培训计划完成率) of a period: the required attendances due in the period that were
 * completed by their due date ÷ the required attendances due in the period, as they stand on a day.
 * A course counts once its due day is over (due before that day): until then its attendees may still complete it.
 * <ul>
 *     <li>Only attendances already due count: a course due later in a running quarter is not a miss yet.</li>
 *     <li>Each required attendance counts once, and only one completed on or before its due date is in the part:
 *     so the figure is capped at 100 %, and the charter's "≥ 100 %" holds exactly when every attendance due was
 *     completed on time. A course completed late, or never, keeps it below 100 % for good.</li>
 *     <li>Nothing due in the period is no figure, not 100 %.</li>
 * </ul>
 */
public record TrainingCompletion(long completedOnTime, long due) implements Proportion {

    public static final TrainingCompletion NONE = new TrainingCompletion(0, 0);

    public TrainingCompletion {
        Proportion.check("training completion", completedOnTime, due);
    }

    /** The completion of the courses of {@code plans} due in {@code period} and before {@code asOf}. */
    public static TrainingCompletion of(Iterable<TrainingPlan> plans, Period period, LocalDate asOf) {
        var sum = NONE;
        for (var plan : plans) {
            for (var course : plan.courses()) {
                if (dueIn(course, period, asOf)) {
                    sum = sum.plus(of(course));
                }
            }
        }
        return sum;
    }

    /** Whether the course counts in {@code period} as of {@code asOf}: due in it, its due day over. */
    public static boolean dueIn(Course course, Period period, LocalDate asOf) {
        return period.contains(course.due()) && course.due().isBefore(asOf);
    }

    /** One course's completion, whenever it is due. */
    public static TrainingCompletion of(Course course) {
        return new TrainingCompletion(course.completedOnTime().size(), course.attendees().size());
    }

    public TrainingCompletion plus(TrainingCompletion other) {
        return new TrainingCompletion(completedOnTime + other.completedOnTime, due + other.due);
    }

    @Override
    public long part() {
        return completedOnTime;
    }

    @Override
    public long whole() {
        return due;
    }
}
