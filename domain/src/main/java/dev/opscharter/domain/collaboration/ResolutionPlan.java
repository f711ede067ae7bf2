package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;

import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A standing conflict-resolution plan (冲突解决预案): for which kind of disagreement, and how it is settled (e.g.
 * "customer need disputed between Sales and Customer Service: the customer's written request decides, Operations
 * arbitrates within two working days"). A new conflict can apply it as its resolution.
 */
public record ResolutionPlan(ResolutionPlanId id, String name, String appliesWhen, String approach, boolean active,
                             long version) {

    public static final int MAX_NAME = 150;
    public static final int MAX_TEXT = 2000;

    public ResolutionPlan {
        Objects.requireNonNull(id, "id");
        name = Require.text(name, "name", MAX_NAME);
        appliesWhen = Require.text(appliesWhen, "appliesWhen", MAX_TEXT);
        approach = Require.text(approach, "approach", MAX_TEXT);
    }

    public static ResolutionPlan adopt(String name, String appliesWhen, String approach, Actor by) {
        Refusal.enforce(Guards.manager(by));
        return new ResolutionPlan(ResolutionPlanId.random(), name, appliesWhen, approach, true, 0);
    }

    public ResolutionPlan withVersion(long next) {
        return new ResolutionPlan(id, name, appliesWhen, approach, active, next);
    }

    /** Retired plans stay on the conflicts that applied them but cannot be applied again. */
    public ResolutionPlan retire(Actor by) {
        Refusal.enforce(Guards.manager(by));
        return new ResolutionPlan(id, name, appliesWhen, approach, false, version);
    }

    /** The plan's fields as an auditor reads them. */
    public Map<String, String> snapshot() {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("name", name);
        snapshot.put("appliesWhen", appliesWhen);
        snapshot.put("approach", approach);
        snapshot.put("active", Boolean.toString(active));
        return snapshot;
    }
}
