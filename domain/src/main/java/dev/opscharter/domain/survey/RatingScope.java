package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Who rates whom in a campaign. Operations is always rated and never rates: it runs the survey. */
public enum RatingScope {
    /** Every invited department rates Operations. */
    OPERATIONS,
    /** Each invited department rates Operations and every other invited department (a matrix). */
    MUTUAL;

    /** A department's respondents rate {@code rated}: one response per pair and respondent. */
    public record Pair(DepartmentId rater, DepartmentId rated) {
        public Pair {
            Objects.requireNonNull(rater, "rater");
            Objects.requireNonNull(rated, "rated");
        }
    }

    /** Every (rater, rated) pair of a campaign: per invited department in their order, Operations first. */
    public List<Pair> pairs(List<DepartmentId> invited, DepartmentId operations) {
        var pairs = new ArrayList<Pair>();
        for (var rater : invited) {
            ratedBy(rater, invited, operations).forEach(rated -> pairs.add(new Pair(rater, rated)));
        }
        return List.copyOf(pairs);
    }

    /** The departments a respondent of {@code rater} answers for, Operations first. */
    public List<DepartmentId> ratedBy(DepartmentId rater, List<DepartmentId> invited, DepartmentId operations) {
        if (invited.contains(operations)) {
            throw new InvalidValue("departments", "validation.survey.operations-invited");
        }
        if (!invited.contains(rater)) {
            throw new IllegalArgumentException("department " + rater + " is not invited");
        }
        return switch (this) {
            case OPERATIONS -> List.of(operations);
            case MUTUAL -> {
                var rated = new ArrayList<DepartmentId>();
                rated.add(operations);
                invited.stream().filter(d -> !d.equals(rater)).forEach(rated::add);
                yield List.copyOf(rated);
            }
        };
    }
}
