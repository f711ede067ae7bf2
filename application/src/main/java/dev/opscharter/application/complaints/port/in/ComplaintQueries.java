package dev.opscharter.application.complaints.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.complaints.MajorComplaintRate;
import dev.opscharter.domain.shared.Period;

import java.time.LocalDate;
import java.util.List;

/** What everyone who reads the complaints ({@code ComplaintsPermission.READ}, auditors included) may ask. */
public interface ComplaintQueries {

    /** The days' counts in [from, until), by day; a day without counts is not listed. */
    List<ComplaintCount> days(LocalDate from, LocalDate until);

    /** Newest day first. */
    List<MajorComplaint> majorComplaints(PageRequest page);

    long countMajorComplaints();

    /** Major ÷ all complaints of the period's days. */
    MajorComplaintRate rate(Period period);
}
