package dev.opscharter.application.complaints.service;

import dev.opscharter.application.complaints.fakes.InMemoryComplaints;
import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.appraisal.Direction;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The major complaint rate from the complaints counted per day. */
class MajorComplaintRateSourceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    private static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    private static final Period.Year YEAR = new Period.Year(2026);

    private final CountingComplaints complaints = new CountingComplaints(new InMemoryComplaints());
    private final MajorComplaintRateSource source = new MajorComplaintRateSource(complaints);

    @Test
    void the_rate_is_major_over_all_complaints_of_the_quarter_with_its_months_in_the_drill_down() {
        day("2026-03-31", 5000, 50);
        day("2026-04-01", 600, 1);
        day("2026-04-30", 400, 2);
        day("2026-05-13", 1000, 2);
        day("2026-07-01", 100, 100);

        var value = source.valueOf(Part.MAJOR_COMPLAINT_RATE, Q2, SHANGHAI).orElseThrow();

        // 5 of 2 000: 0.25 %, within 0.5 %
        assertThat(value.measurement().figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.25"));
        assertThat(value.measurement().meets(Direction.AT_MOST, new BigDecimal("0.5"))).isTrue();
        var provenance = (Provenance.FromRecords) value.provenance();
        assertThat(provenance.source()).isEqualTo("complaints");
        assertThat(provenance.evidence()).containsExactly(
                new Provenance.Evidence("2026-04", "evidence.complaints.month", List.of("3", "1000", "2",
                        "2026-04-30"), Optional.of("complaints?month=2026-04")),
                new Provenance.Evidence("2026-05", "evidence.complaints.month", List.of("2", "1000", "1",
                        "2026-05-13"), Optional.of("complaints?month=2026-05")));
    }

    @Test
    void a_period_without_counted_days_is_left_to_hand_entry_and_days_without_complaints_have_no_figure() {
        assertThat(source.leavesGapsToHandEntry()).isTrue();
        assertThat(source.valueOf(Part.MAJOR_COMPLAINT_RATE, Q2, SHANGHAI)).isEmpty();

        day("2026-04-01", 0, 0);
        var value = source.valueOf(Part.MAJOR_COMPLAINT_RATE, Q2, SHANGHAI).orElseThrow();

        assertThat(value.measurement().figure()).isEmpty();
        assertThat(value.measurement().meets(Direction.AT_MOST, new BigDecimal("0.5"))).isFalse();
        assertThat(source.valueOf(Part.CUSTOMER_SATISFACTION, Q2, SHANGHAI)).isEmpty();
    }

    @Test
    void a_year_and_its_quarters_come_from_one_read_of_the_days() {
        day("2026-02-01", 1000, 10);
        day("2026-05-13", 3000, 2);
        var periods = new ArrayList<Period>(YEAR.quarters());
        periods.add(YEAR);

        var values = source.valuesOf(Part.MAJOR_COMPLAINT_RATE, periods, SHANGHAI);

        assertThat(complaints.reads).hasValue(1);
        // Q1 10 of 1 000 fails; the year 12 of 4 000 = 0.3 % holds
        assertThat(values).extracting(PartValue::period,
                        v -> v.measurement().figure().orElseThrow().stripTrailingZeros().toPlainString())
                .containsExactly(tuple(Q1, "1"), tuple(Q2, "0.06666666666666667"), tuple(YEAR, "0.3"));
        assertThat(values.getLast().provenance()).isInstanceOfSatisfying(Provenance.FromRecords.class,
                records -> assertThat(records.evidence()).extracting(Provenance.Evidence::label)
                        .containsExactly("2026-02", "2026-05"));
    }

    private void day(String day, long total, long major) {
        complaints.saveDay(new ComplaintCount(LocalDate.parse(day), total, major));
    }

    /** The complaints, counting the reads of days. */
    private static final class CountingComplaints implements Complaints {
        private final Complaints delegate;
        final AtomicInteger reads = new AtomicInteger();

        CountingComplaints(Complaints delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<ComplaintCount> day(LocalDate day) {
            return delegate.day(day);
        }

        @Override
        public void saveDay(ComplaintCount count) {
            delegate.saveDay(count);
        }

        @Override
        public List<ComplaintCount> days(LocalDate from, LocalDate until) {
            reads.incrementAndGet();
            return delegate.days(from, until);
        }

        @Override
        public MajorComplaint saveMajor(MajorComplaint complaint) {
            return delegate.saveMajor(complaint);
        }

        @Override
        public List<MajorComplaint> majorComplaints(PageRequest page) {
            return delegate.majorComplaints(page);
        }

        @Override
        public long countMajorComplaints() {
            return delegate.countMajorComplaints();
        }
    }
}
