package dev.opscharter.application.incidents.service;

import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepTiming;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.WorkingCalendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * An incident judged once for every scorecard part and period that reads it: whether it counts for timeliness and
 * how ({@link dev.opscharter.domain.incidents.IncidentTimeline#handledInTime}), and, when it was not handled in time,
 * its late steps as they stand now.
 *
 * @param inTime    empty while it runs within its limits
 * @param lateSteps one line per step done late or overdue; none unless {@code inTime} is false. Made once: the
 *                  incident's quarter and its year both list them
 */
record JudgedIncident(Incident incident, IncidentType type, Optional<Boolean> inTime,
                      List<Provenance.Evidence> lateSteps) {

    static final String KEY_PREFIX = "evidence.incidents.";

    static JudgedIncident of(Incident incident, IncidentType type, WorkingCalendar calendar, Instant now) {
        var limits = type.limits();
        var inTime = incident.timeline().handledInTime(limits, calendar, now);
        // the timings again only for the few late ones: the drill-down names their late steps
        var late = inTime.orElse(true) ? List.<Provenance.Evidence>of()
                : incident.timeline().timings(limits, calendar, now).stream().filter(t -> t.state().late())
                .map(t -> lateStep(incident, t, limits.basis())).toList();
        return new JudgedIncident(incident, type, inTime, late);
    }

    /**
     * "定位原因 done late: 5.5 h against a limit of 2 h", in working hours where the type counts them, "overdue" while
     * the step is not done.
     */
    private static Provenance.Evidence lateStep(Incident incident, StepTiming timing, LimitBasis basis) {
        return new Provenance.Evidence(incident.title(), lateKey(timing, basis),
                List.of(hours(timing.took().orElseThrow()), hours(timing.limit())), link(incident));
    }

    /** The director's ruling of a major operational accident: who, and on which day. */
    Provenance.Evidence majorAccident(ZoneId zone) {
        var ruling = incident.ruling().orElseThrow();
        return new Provenance.Evidence(incident.title(), KEY_PREFIX + "major-accident",
                List.of(ruling.by(), LocalDate.ofInstant(ruling.at(), zone).toString()), link(incident));
    }

    /** E.g. {@code evidence.incidents.late-working.LOCATE_CAUSE}: the step's name is the key's, so it is translated. */
    private static String lateKey(StepTiming timing, LimitBasis basis) {
        return KEY_PREFIX + (timing.state() == StepTiming.State.LATE ? "late" : "overdue")
                + (basis == LimitBasis.WORKING ? "-working" : "") + "." + timing.step().name();
    }

    private static Optional<String> link(Incident incident) {
        return Optional.of(IncidentService.LINK + incident.id());
    }

    /** Hours to at most two decimals: 5.5, 2, 0.25. */
    private static String hours(Duration duration) {
        return BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
