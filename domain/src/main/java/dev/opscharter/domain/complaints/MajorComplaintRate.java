package dev.opscharter.domain.complaints;

import dev.opscharter.domain.shared.Proportion;

/** The major complaint rate (重大投诉率) of a period: major complaints ÷ all complaints; no complaint, no figure. */
public record MajorComplaintRate(long major, long total) implements Proportion {

    public MajorComplaintRate {
        Proportion.check("major complaint rate", major, total);
    }

    /** The rate over the days' counts. */
    public static MajorComplaintRate of(Iterable<ComplaintCount> days) {
        long major = 0;
        long total = 0;
        for (var day : days) {
            major += day.major();
            total += day.total();
        }
        return new MajorComplaintRate(major, total);
    }

    @Override
    public long part() {
        return major;
    }

    @Override
    public long whole() {
        return total;
    }
}
