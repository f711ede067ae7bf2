package dev.opscharter.application.collaboration.port.out;

import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.collaboration.ResolutionPlan;
import dev.opscharter.domain.collaboration.ResolutionPlanId;

import java.util.List;

/** The standing conflict-resolution plans. */
public interface ResolutionPlans extends RecordStore<ResolutionPlanId, ResolutionPlan> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    @Override
    ResolutionPlan save(ResolutionPlan plan);

    /** Every plan, the retired ones too, by name. */
    List<ResolutionPlan> all();
}
