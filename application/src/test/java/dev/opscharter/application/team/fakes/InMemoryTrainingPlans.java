package dev.opscharter.application.team.fakes;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.team.port.out.TrainingPlans;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.team.TrainingPlan;
import dev.opscharter.domain.team.TrainingPlanId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Training plans in memory, with the optimistic locking and the one-plan-a-year rule of the JDBC adapter. */
public final class InMemoryTrainingPlans implements TrainingPlans {

    private final Map<TrainingPlanId, TrainingPlan> plans = new LinkedHashMap<>();

    @Override
    public synchronized TrainingPlan save(TrainingPlan plan) {
        var stored = plans.get(plan.id());
        long version = plan.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("TrainingPlan", plan.id());
        }
        if (version == 0 && ofYear(plan.year().year()).isPresent()) {
            throw Refusal.of("rule.team.plan.twice", plan.year().key()).violation();
        }
        var saved = plan.withVersion(version + 1);
        plans.put(plan.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<TrainingPlan> byId(TrainingPlanId id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public synchronized Optional<TrainingPlan> ofYear(int year) {
        return plans.values().stream().filter(p -> p.year().year() == year).findFirst();
    }

    @Override
    public synchronized List<TrainingPlan> ofYears(int from, int to) {
        return plans.values().stream().filter(p -> p.year().year() >= from && p.year().year() <= to)
                .sorted(Comparator.comparing(p -> p.year().year())).toList();
    }
}
