package dev.opscharter.adapters.persistence.complaints;

import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.HandlingCase;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.complaints.MajorComplaintId;
import dev.opscharter.domain.incidents.IncidentId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the complaints' store does, the in-memory fake as much as PostgreSQL. The database is shared by the tests:
 * each test counts the days of a month of its own, far ahead, and finds its major complaints among the others.
 */
abstract class ComplaintsContract {

    protected abstract Complaints complaints();

    /** An incident that exists, for a major complaint to have opened. */
    protected abstract IncidentId incident();

    private final LocalDate first = LocalDate.of(2200 + ThreadLocalRandom.current().nextInt(7000),
            1 + ThreadLocalRandom.current().nextInt(12), 1);

    private MajorComplaint major(LocalDate day, String title, Instant at) {
        return new MajorComplaint(MajorComplaintId.random(), day, title, "媒体曝光", "manager", at, incident());
    }

    @Test
    void a_major_complaint_keeps_the_case_it_was_handled_in() {
        var handled = new HandlingCase("COMPLAINT_HANDLING", "C-" + first);
        var saved = complaints().saveMajor(new MajorComplaint(MajorComplaintId.random(), first, "有处理案例", "媒体曝光",
                "manager", Instant.parse("2030-05-06T07:08:09Z"), incident(), Optional.of(handled)));

        assertThat(saved.handlingCase()).contains(handled);
        assertThat(complaints().majorComplaints(new PageRequest(0, PageRequest.MAX_LIMIT))).filteredOn(m ->
                m.id().equals(saved.id())).singleElement().isEqualTo(saved);
    }

    @Test
    void a_day_is_stored_replaced_and_listed_in_its_range_by_day() {
        assertThat(complaints().day(first)).isEmpty();
        complaints().saveDay(new ComplaintCount(first, 10, 1));
        complaints().saveDay(new ComplaintCount(first.plusDays(2), 5, 0));
        complaints().saveDay(new ComplaintCount(first.plusDays(1), 7, 2));
        complaints().saveDay(new ComplaintCount(first, 12, 3));

        assertThat(complaints().day(first)).contains(new ComplaintCount(first, 12, 3));
        assertThat(complaints().days(first, first.plusDays(2))).containsExactly(new ComplaintCount(first, 12, 3),
                new ComplaintCount(first.plusDays(1), 7, 2));
        assertThat(complaints().days(first.plusDays(1), first.plusDays(3))).extracting(ComplaintCount::day)
                .containsExactly(first.plusDays(1), first.plusDays(2));
        assertThat(complaints().days(first.plusDays(2), first)).isEmpty();
    }

    @Test
    void major_complaints_are_kept_as_recorded_newest_day_first_then_latest_recorded() {
        long before = complaints().countMajorComplaints();
        var at = Instant.parse("2030-05-06T07:08:09Z");
        var early = complaints().saveMajor(major(first, "早的", at));
        var late = complaints().saveMajor(major(first, "晚的", at.plusSeconds(60)));
        var nextDay = complaints().saveMajor(major(first.plusDays(1), "次日", at));

        assertThat(complaints().countMajorComplaints()).isEqualTo(before + 3);
        var listed = complaints().majorComplaints(PageRequest.first(500));
        assertThat(listed.stream().filter(c -> c.day().equals(first) || c.day().equals(first.plusDays(1))).toList())
                .containsExactly(nextDay, late, early);
        int index = listed.indexOf(late);
        assertThat(complaints().majorComplaints(new PageRequest(index, 1))).containsExactly(late);
    }

    @Test
    void a_major_complaint_is_recorded_once() {
        var recorded = complaints().saveMajor(major(first, "一次", Instant.parse("2030-01-01T00:00:00Z")));
        assertThatThrownBy(() -> complaints().saveMajor(recorded)).isInstanceOf(RuntimeException.class);
        assertThat(complaints().majorComplaints(PageRequest.first(500))).containsOnlyOnce(recorded);
    }
}
