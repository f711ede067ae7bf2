package dev.opscharter.application.appraisal.port.out;

import dev.opscharter.domain.appraisal.AppraisalStandards;

import java.util.List;

/** Standards versions: added, never changed. */
public interface Standards {

    List<AppraisalStandards> all();

    /** A second version with the same number is a ConcurrentModification. */
    void add(AppraisalStandards standards);
}
