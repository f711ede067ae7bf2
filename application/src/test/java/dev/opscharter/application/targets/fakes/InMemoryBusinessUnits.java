package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.organization.fakes.VersionedStore;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Business units in memory, with the JDBC adapter's optimistic locking and unique codes. */
public final class InMemoryBusinessUnits implements BusinessUnits {

    /** The message a code already taken by another unit is refused with. */
    public static final String CODE_TAKEN = "validation.targets.unit-code-taken";

    private static final Map<String, Comparator<BusinessUnit>> KEYS = Map.of(
            "code", Comparator.comparing(BusinessUnit::code),
            "name", Comparator.comparing(u -> u.name().chinese()),
            "nameZh", Comparator.comparing(u -> u.name().chinese()),
            "nameEn", Comparator.comparing(u -> u.name().english()));

    private final CodedStore<BusinessUnitId, BusinessUnit> store = new CodedStore<>("BusinessUnit", CODE_TAKEN,
            BusinessUnit::id, BusinessUnit::code, new VersionedStore.Versioning<>() {
                public long version(BusinessUnit unit) {
                    return unit.version();
                }

                public BusinessUnit withVersion(BusinessUnit u, long version) {
                    return new BusinessUnit(u.id(), u.code(), u.name(), u.department(), u.active(), version);
                }
            });

    @Override
    public BusinessUnit save(BusinessUnit unit) {
        return store.save(unit);
    }

    @Override
    public Optional<BusinessUnit> byId(BusinessUnitId id) {
        return store.byId(id);
    }

    @Override
    public Optional<BusinessUnit> byCode(String code) {
        return store.byCode(code);
    }

    @Override
    public List<BusinessUnit> page(boolean includeInactive, PageRequest page) {
        return InMemoryPage.of(store.all().stream().filter(u -> includeInactive || u.active()), page, KEYS,
                Comparator.comparing(BusinessUnit::code));
    }

    @Override
    public long count(boolean includeInactive) {
        return store.all().stream().filter(u -> includeInactive || u.active()).count();
    }
}
