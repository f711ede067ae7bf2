package dev.opscharter.domain.charter;

import dev.opscharter.domain.shared.InvalidValue;

/** Routes work by the charter: the one place that turns a charter line into a decision. */
public final class BoundaryPolicy {

    private final Charter charter;

    public BoundaryPolicy(Charter charter) {
        this.charter = charter;
    }

    /** Refuses a duty type the charter in force does not know: unclassified work is not routable. */
    public BoundaryDecision decide(DutyType type) {
        var line = charter.line(type)
                .orElseThrow(() -> new InvalidValue("dutyType", "validation.duty-type.unknown", type.code()));
        var dimension = charter.dimensionOf(type).orElseThrow();
        var citation = new CharterCitation(charter.number(), dimension.code(), dimension.name(), line.textZh(),
                line.textEn());
        return switch (line.involvement()) {
            case OWN -> new BoundaryDecision.Own(citation);
            case PARTICIPATE -> new BoundaryDecision.Participate(line.department().orElseThrow(), citation);
            case EXCLUDED -> new BoundaryDecision.Redirect(line.department().orElseThrow(), citation, line.signOff());
        };
    }

    public Charter charter() {
        return charter;
    }
}
