package dev.opscharter.application.team.port.out;

import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.team.TrainingPlan;
import dev.opscharter.domain.team.TrainingPlanId;

import java.util.List;
import java.util.Optional;

/** Where the training plans are kept: one per year. */
public interface TrainingPlans extends RecordStore<TrainingPlanId, TrainingPlan> {

    /**
     * Version 0 inserts (a second plan of a year is refused with {@code rule.team.plan.twice}); otherwise the stored
     * version must match, else {@code ConcurrentModification}. Returns it one version on.
     */
    @Override
    TrainingPlan save(TrainingPlan plan);

    Optional<TrainingPlan> ofYear(int year);

    /** The plans of the years {@code from} to {@code to}, both included, oldest first. */
    List<TrainingPlan> ofYears(int from, int to);
}
