package dev.opscharter.application.appraisal;

import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Basis;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.Scorecard;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.shared.Period;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A period's scorecard as the screens show it and the documents write it; here, not in the query
 * port, so the renderer behind {@code ScorecardRenderer} never reaches the use cases' side.
 *
 * @param scorecard   as judged
 * @param standards   the version it was judged by
 * @param approval    present once the director approved the period
 * @param recordParts the parts whose figures come from records in the system (not enterable by hand); a
 *                    part whose source leaves gaps to hand entry only where this period has its records
 * @param editable    whether the current user may enter figures for this period now
 */
public record ScorecardReport(Scorecard scorecard, AppraisalStandards standards, Optional<ScorecardApproval> approval,
                              Set<Part> recordParts, boolean editable) {

    /**
     * Whether a figure of the part may be typed for this period now: the period is open to this user, the
     * system has no records of the part, and a part judged on the year takes its figure in the quarters.
     */
    public boolean enterable(Part part) {
        return editable && !recordParts.contains(part)
                && !(part.basis() == Basis.YEAR && scorecard.period() instanceof Period.Year);
    }

    /** The parts {@link #enterable} answers yes for, in the scorecard's order. */
    public List<Part> enterableParts() {
        return scorecard.indicators().stream().flatMap(i -> i.parts().stream()).map(PartResult::part)
                .filter(this::enterable).toList();
    }
}
