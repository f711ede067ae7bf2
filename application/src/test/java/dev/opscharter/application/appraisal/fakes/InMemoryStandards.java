package dev.opscharter.application.appraisal.fakes;

import dev.opscharter.application.appraisal.port.out.Standards;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.appraisal.AppraisalStandards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Standards versions kept in memory: added, never changed; a number is taken once. */
public final class InMemoryStandards implements Standards {

    private final List<AppraisalStandards> versions = new ArrayList<>();

    public InMemoryStandards() {
    }

    @Override
    public synchronized List<AppraisalStandards> all() {
        return versions.stream().sorted(Comparator.comparingInt(AppraisalStandards::number)).toList();
    }

    @Override
    public synchronized void add(AppraisalStandards standards) {
        if (versions.stream().anyMatch(v -> v.number() == standards.number() || v.id().equals(standards.id()))) {
            throw new ConcurrentModification("AppraisalStandards", standards.number());
        }
        versions.add(standards);
    }
}
