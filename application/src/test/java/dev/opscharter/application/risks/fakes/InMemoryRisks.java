package dev.opscharter.application.risks.fakes;

import dev.opscharter.application.organization.fakes.VersionedStore;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskHeatMap;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register in memory, with the JDBC adapter's optimistic locking and its unique code. */
public final class InMemoryRisks implements Risks {

    public static final String CODE_TAKEN = "validation.risks.code-taken";

    private static final Comparator<Risk> BY_CODE_THEN_ID = Comparator.comparing(Risk::code)
            .thenComparing(risk -> risk.id().toString());
    private static final Map<String, Comparator<Risk>> KEYS = Map.of(
            Risks.BY_CODE, Comparator.comparing(Risk::code),
            Risks.BY_SCORE, Comparator.comparingInt(risk -> risk.rating().score()),
            Risks.BY_TITLE, Comparator.comparing(Risk::title));

    private final VersionedStore<RiskId, Risk> store = new VersionedStore<>("Risk", Risk::id,
            new VersionedStore.Versioning<>() {
                @Override
                public long version(Risk value) {
                    return value.version();
                }

                @Override
                public Risk withVersion(Risk value, long version) {
                    return value.withVersion(version);
                }
            });

    @Override
    public synchronized Risk save(Risk risk) {
        if (store.all().stream().anyMatch(r -> r.code().equals(risk.code()) && !r.id().equals(risk.id()))) {
            throw new InvalidValue("code", CODE_TAKEN, risk.code());
        }
        return store.save(risk);
    }

    @Override
    public Optional<Risk> byId(RiskId id) {
        return store.get(id);
    }

    @Override
    public List<Risk> page(RiskFilter filter, PageRequest page) {
        return InMemoryPage.of(store.all().stream().filter(filter::matches), page, KEYS, BY_CODE_THEN_ID);
    }

    @Override
    public long count(RiskFilter filter) {
        return store.all().stream().filter(filter::matches).count();
    }

    @Override
    public RiskHeatMap heatMap(RiskFilter filter) {
        var map = new RiskHeatMap();
        store.all().stream().filter(filter::matches).forEach(risk -> map.add(risk.rating()));
        return map;
    }
}
