package dev.opscharter.application.collaboration.fakes;

import dev.opscharter.application.collaboration.port.out.ResolutionPlans;
import dev.opscharter.application.organization.fakes.VersionedStore;
import dev.opscharter.domain.collaboration.ResolutionPlan;
import dev.opscharter.domain.collaboration.ResolutionPlanId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The standing resolution plans in memory, with the JDBC adapter's optimistic locking. */
public final class InMemoryResolutionPlans implements ResolutionPlans {

    private final VersionedStore<ResolutionPlanId, ResolutionPlan> store = new VersionedStore<>("ResolutionPlan",
            ResolutionPlan::id, new VersionedStore.Versioning<>() {
                @Override
                public long version(ResolutionPlan value) {
                    return value.version();
                }

                @Override
                public ResolutionPlan withVersion(ResolutionPlan value, long version) {
                    return value.withVersion(version);
                }
            });

    @Override
    public ResolutionPlan save(ResolutionPlan plan) {
        return store.save(plan);
    }

    @Override
    public Optional<ResolutionPlan> byId(ResolutionPlanId id) {
        return store.get(id);
    }

    @Override
    public List<ResolutionPlan> all() {
        return store.all().stream().sorted(Comparator.comparing(ResolutionPlan::name)).toList();
    }
}
