package dev.opscharter.application.team.fakes;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.team.port.out.AppraisalResults;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.AppraisalResultId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Appraisal results in memory, with the optimistic locking and the one-per-person-and-quarter rule of the adapter. */
public final class InMemoryAppraisalResults implements AppraisalResults {

    private final Map<AppraisalResultId, AppraisalResult> results = new LinkedHashMap<>();

    @Override
    public synchronized AppraisalResult save(AppraisalResult result) {
        var stored = results.get(result.id());
        long version = result.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("AppraisalResult", result.id());
        }
        if (version == 0 && of(result.person(), result.quarter()).isPresent()) {
            throw Refusal.of("rule.team.appraisal.twice", result.quarter().key()).violation();
        }
        var saved = result.withVersion(version + 1);
        results.put(result.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<AppraisalResult> byId(AppraisalResultId id) {
        return Optional.ofNullable(results.get(id));
    }

    @Override
    public synchronized Optional<AppraisalResult> of(PersonId person, Period.Quarter quarter) {
        return results.values().stream().filter(r -> r.person().equals(person) && r.quarter().equals(quarter))
                .findFirst();
    }

    @Override
    public synchronized List<AppraisalResult> between(Period.Quarter from, Period.Quarter to) {
        return results.values().stream().filter(r -> !r.quarter().firstDay().isBefore(from.firstDay())
                && !r.quarter().firstDay().isAfter(to.firstDay())).toList();
    }
}
