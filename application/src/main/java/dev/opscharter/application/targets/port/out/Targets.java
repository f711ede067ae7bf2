package dev.opscharter.application.targets.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.TargetFilter;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where targets are kept with every revision; a revision, once stored, is never changed. */
public interface Targets {

    /**
     * Stores the target's new revision: the first one inserts the target, a later one must follow exactly the
     * revisions stored (its version less one), else {@code ConcurrentModification}.
     */
    Target save(Target target);

    Optional<Target> of(BusinessUnitId unit, MetricId metric, Period period);

    /** The period's targets by unit and metric code; at most {@code PageRequest.MAX_LIMIT} a page. */
    List<Target> ofPeriod(Period period, PageRequest page);

    /**
     * The period's targets of these metrics, in no particular order: the scorecard's core and key ones (as
     * many as units × those metrics).
     */
    List<Target> ofPeriod(Period period, Set<MetricId> metrics);

    /** Every target of the period, page after page: for the reports and scorecard that count them all. */
    default List<Target> allOfPeriod(Period period) {
        var all = new ArrayList<Target>();
        List<Target> page;
        do {
            page = ofPeriod(period, new PageRequest(all.size(), PageRequest.MAX_LIMIT));
            all.addAll(page);
        } while (page.size() == PageRequest.MAX_LIMIT);
        return all;
    }

    /**
     * The period's targets the filter lets through, by unit and metric code; at most
     * {@code PageRequest.MAX_LIMIT} a page. {@link #ofPeriod(Period, PageRequest)} is this with
     * {@link TargetFilter#ALL}.
     */
    List<Target> ofPeriod(Period period, TargetFilter filter, PageRequest page);

    /** How many targets of the period the filter lets through: as many as its pages hold. */
    long count(Period period, TargetFilter filter);
}
