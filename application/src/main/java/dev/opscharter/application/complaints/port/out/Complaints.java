package dev.opscharter.application.complaints.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the complaints are kept: one count per day, and the major complaints one by one. */
public interface Complaints {

    Optional<ComplaintCount> day(LocalDate day);

    /** Inserts or replaces the day's counts. */
    void saveDay(ComplaintCount count);

    /** The days in [from, until), by day. */
    List<ComplaintCount> days(LocalDate from, LocalDate until);

    /** Inserts; a major complaint is not changed afterwards. */
    MajorComplaint saveMajor(MajorComplaint complaint);

    /** Newest day first, ties by recording time, then id. */
    List<MajorComplaint> majorComplaints(PageRequest page);

    long countMajorComplaints();
}
