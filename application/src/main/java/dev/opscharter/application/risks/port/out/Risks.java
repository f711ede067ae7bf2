package dev.opscharter.application.risks.port.out;

import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskHeatMap;
import dev.opscharter.domain.risks.RiskId;

import java.util.List;

/** The risk register: each risk with its indicators and rating history. */
public interface Risks extends RecordStore<RiskId, Risk> {

    /** Sort keys a page may name; the register's own order is by code, then id. */
    String BY_CODE = "code";
    String BY_SCORE = "score";
    String BY_TITLE = "title";

    /**
     * Version 0 inserts, a second risk of the same code refused with {@code InvalidValue} on {@code code};
     * otherwise the stored version must match, else {@code ConcurrentModification}. Returns it one version on.
     */
    @Override
    Risk save(Risk risk);

    List<Risk> page(RiskFilter filter, PageRequest page);

    long count(RiskFilter filter);

    /** How many risks the filter lets through stand on each cell of the matrix. */
    RiskHeatMap heatMap(RiskFilter filter);
}
