package dev.opscharter.application.complaints.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaintRate;
import dev.opscharter.domain.shared.Period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The major complaint rate (重大投诉率 ≤ 0.5 %, SPEC §2) from the complaints counted per day: major complaints over
 * all complaints of the period ({@link MajorComplaintRate}), the months behind it in the drill-down. The days are
 * read once over the widest span asked, a year of them being 365 counts however many complaints they hold. A period
 * without a counted day is left to hand entry; days counted with no complaint at all give no figure ("no data").
 */
public final class MajorComplaintRateSource implements IndicatorSource {

    /** The complaints screen opened on a month: where the drill-down's month lines lead. */
    public static final String MONTH_LINK = "complaints?month=";

    public static final String SOURCE = "complaints";
    static final String KEY_PREFIX = "evidence.complaints.";

    private final Complaints complaints;

    public MajorComplaintRateSource(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public Set<Part> parts() {
        return Set.of(Part.MAJOR_COMPLAINT_RATE);
    }

    @Override
    public boolean leavesGapsToHandEntry() {
        return true;
    }

    @Override
    public Optional<PartValue> valueOf(Part part, Period period, ZoneId zone) {
        return valuesOf(part, List.of(period), zone).stream().findFirst();
    }

    @Override
    public List<PartValue> valuesOf(Part part, Collection<? extends Period> periods, ZoneId zone) {
        if (part != Part.MAJOR_COMPLAINT_RATE || periods.isEmpty()) {
            return List.of();
        }
        var from = periods.stream().map(Period::firstDay).min(Comparator.naturalOrder()).orElseThrow();
        var until = periods.stream().map(Period::endExclusive).max(Comparator.naturalOrder()).orElseThrow();
        var days = complaints.days(from, until);
        return periods.stream().flatMap(period -> rate(period, days.stream()
                .filter(d -> period.contains(d.day())).toList()).stream()).toList();
    }

    private static Optional<PartValue> rate(Period period, List<ComplaintCount> days) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        var rate = MajorComplaintRate.of(days);
        return Optional.of(new PartValue(Part.MAJOR_COMPLAINT_RATE, period,
                Measurement.Ratio.of(rate.major(), rate.total()),
                new Provenance.FromRecords(SOURCE, months(days))));
    }

    /** "2026-04: 3 major of 1 200 complaints, 30 days counted", month by month. */
    private static List<Provenance.Evidence> months(List<ComplaintCount> days) {
        var byMonth = days.stream().collect(Collectors.groupingBy(d -> YearMonth.from(d.day()), TreeMap::new,
                Collectors.toList()));
        return byMonth.entrySet().stream().map(month -> {
            var rate = MajorComplaintRate.of(month.getValue());
            return new Provenance.Evidence(month.getKey().toString(), KEY_PREFIX + "month", List.of(
                    Long.toString(rate.major()), Long.toString(rate.total()),
                    Integer.toString(month.getValue().size()), lastDay(month.getValue()).toString()),
                    Optional.of(MONTH_LINK + month.getKey()));
        }).toList();
    }

    private static LocalDate lastDay(List<ComplaintCount> days) {
        return days.stream().map(ComplaintCount::day).max(Comparator.naturalOrder()).orElseThrow();
    }
}
