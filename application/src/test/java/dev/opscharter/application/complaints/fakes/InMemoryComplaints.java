package dev.opscharter.application.complaints.fakes;

import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.complaints.MajorComplaintId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The complaints in memory: one count per day, the major complaints by id. */
public final class InMemoryComplaints implements Complaints {

    private static final Comparator<MajorComplaint> NEWEST_FIRST = Comparator
            .comparing(MajorComplaint::day, Comparator.reverseOrder())
            .thenComparing(MajorComplaint::recordedAt, Comparator.reverseOrder())
            .thenComparing(c -> c.id().toString());

    private final TreeMap<LocalDate, ComplaintCount> days = new TreeMap<>();
    private final Map<MajorComplaintId, MajorComplaint> majors = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ComplaintCount> day(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    @Override
    public synchronized void saveDay(ComplaintCount count) {
        days.put(count.day(), count);
    }

    @Override
    public synchronized List<ComplaintCount> days(LocalDate from, LocalDate until) {
        return from.isBefore(until) ? List.copyOf(days.subMap(from, until).values()) : List.of();
    }

    @Override
    public synchronized MajorComplaint saveMajor(MajorComplaint complaint) {
        if (majors.putIfAbsent(complaint.id(), complaint) != null) {
            throw new IllegalStateException("major complaint " + complaint.id() + " is recorded already");
        }
        return complaint;
    }

    @Override
    public synchronized List<MajorComplaint> majorComplaints(PageRequest page) {
        return InMemoryPage.of(majors.values().stream(), page, Map.of(), NEWEST_FIRST);
    }

    @Override
    public synchronized long countMajorComplaints() {
        return majors.size();
    }
}
