package dev.opscharter.domain.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The two scorecard parts the targets give (SPEC §2 "Operating target attainment"): the core target
 * attainment — the mean of the core targets' attainment percents, each at most 100 % so that one target
 * beaten does not hide another missed — and how many key indicators are unmet.
 */
public final class CoreTargets {

    private CoreTargets() {
    }

    /** Of the core targets that have a percent; none has one: no figure. */
    public static Optional<BigDecimal> attainment(List<Attainment> coreTargets) {
        var percents = coreTargets.stream().flatMap(a -> a.cappedPercent().stream()).toList();
        if (percents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(percents.size()), 1, RoundingMode.HALF_UP));
    }

    /**
     * Key indicators not attained. A key indicator without data counts as unmet once its period has
     * ended (nobody recorded it, so nobody can say it was met); while it runs it is not counted yet.
     *
     * @param keyTargets the attainment of each key indicator's target, empty where it has no data
     */
    public static int unmet(List<Optional<Attainment>> keyTargets, boolean periodEnded) {
        return (int) keyTargets.stream()
                .filter(a -> a.map(attainment -> !attainment.attained()).orElse(periodEnded))
                .count();
    }
}
