package dev.opscharter.application.appraisal.port.out;

import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ManualEntries {

    /** Version 0 inserts (a second first entry for the same part and period is a ConcurrentModification). */
    ManualEntry save(ManualEntry entry);

    Optional<ManualEntry> find(Part part, Period period);

    List<ManualEntry> forPeriods(Collection<? extends Period> periods);
}
