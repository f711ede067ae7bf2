package dev.opscharter.application.risks.fakes;

import dev.opscharter.application.risks.port.out.RiskFigures;
import dev.opscharter.domain.risks.KeyRiskIndicatorId;
import dev.opscharter.domain.risks.RiskFigure;
import dev.opscharter.domain.risks.RiskId;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicators' figures in memory, one per indicator and month. */
public final class InMemoryRiskFigures implements RiskFigures {

    private record Key(KeyRiskIndicatorId indicator, YearMonth month) {
    }

    private final Map<Key, RiskFigure> figures = new LinkedHashMap<>();

    @Override
    public synchronized void save(RiskFigure figure) {
        figures.put(new Key(figure.indicator(), figure.month()), figure);
    }

    @Override
    public synchronized Optional<RiskFigure> of(KeyRiskIndicatorId indicator, YearMonth month) {
        return Optional.ofNullable(figures.get(new Key(indicator, month)));
    }

    @Override
    public synchronized List<RiskFigure> ofRisk(RiskId risk) {
        return figures.values().stream().filter(f -> f.risk().equals(risk))
                .sorted(Comparator.comparing(RiskFigure::month).reversed()
                        .thenComparing(f -> f.indicator().toString()))
                .toList();
    }

    public synchronized int size() {
        return figures.size();
    }
}
