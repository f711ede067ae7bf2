package dev.opscharter.application.targets.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;

import java.util.List;
import java.util.Optional;

/** Where business units are kept. */
public interface BusinessUnits extends RecordStore<BusinessUnitId, BusinessUnit> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}; a code taken refuses. */
    @Override
    BusinessUnit save(BusinessUnit unit);

    Optional<BusinessUnit> byCode(String code);

    /** Sorted by the page's keys ({@code code}, {@code name}), then by code; inactive ones only when asked. */
    List<BusinessUnit> page(boolean includeInactive, PageRequest page);

    long count(boolean includeInactive);
}
