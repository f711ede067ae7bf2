package dev.opscharter.domain.complaints;

import java.util.OptionalDouble;

/** The major complaint rate (重大投诉率) of a period: major complaints ÷ all complaints; no complaint, no figure. */
public record MajorComplaintRate(long major, long total) {

    public MajorComplaintRate {
        if (major < 0 || total < 0 || major > total) {
            throw new IllegalArgumentException("major complaint rate " + major + "/" + total);
        }
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

    public boolean defined() {
        return total > 0;
    }

    /** 0.004 for 0.4 %; empty when no complaint was received. */
    public OptionalDouble fraction() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) major / total);
    }
}
