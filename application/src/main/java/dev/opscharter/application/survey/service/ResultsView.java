package dev.opscharter.application.survey.service;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.Breakdown;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.Comments;
import dev.opscharter.domain.survey.Disclosed.Hidden;
import dev.opscharter.domain.survey.Disclosed.Why;
import dev.opscharter.domain.survey.Figure;
import dev.opscharter.domain.survey.GroupResult;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.ResultGroup;
import dev.opscharter.domain.survey.SurveyResults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A campaign's results as a reader is given them. Everything shown is a part of what
 * {@link SurveyResults} decided may be shown; nothing is recomputed on fewer responses, since a
 * figure computed on a subset could show what the whole hides and be subtracted from the published
 * overall.
 */
final class ResultsView {

    private ResultsView() {
    }

    /**
     * Every rated and rating department of the campaign, in its order (Operations first): one that
     * has no response yet is "fewer than the minimum", like one with too few, rather than absent —
     * absence would tell "none" from "one or two". In a mutual survey what the two breakdowns
     * could give away together is kept hidden by {@link SurveyResults} (its cross-partition audit).
     */
    static SurveyResults complete(SurveyResults results, Campaign campaign, DepartmentId operations) {
        var pairs = campaign.pairs(operations);
        var rated = pairs.stream().map(RatingScope.Pair::rated).distinct().toList();
        var hidden = new Hidden<Figure>(results.minimum(), Why.FEWER_THAN_MINIMUM);
        var ratedGroups = new Breakdown(rated.stream().map(d -> results.ratedDepartment(d).orElseGet(() ->
                new GroupResult(new ResultGroup.RatedDepartment(d), hidden))).toList(), results.rated().others());
        var raterGroups = new Breakdown(campaign.invited().stream().map(d -> results.raterDepartment(d).orElseGet(() ->
                new GroupResult(new ResultGroup.RaterDepartment(d), hidden))).toList(), results.raters().others());
        var comments = new LinkedHashMap<DepartmentId, Comments>();
        rated.forEach(d -> comments.put(d, results.commentsOn(d).orElseGet(() ->
                new Comments(new ResultGroup.CommentsOf(d), new Hidden<>(results.minimum(), Why.FEWER_THAN_MINIMUM)))));
        return new SurveyResults(results.minimum(), results.overall(), ratedGroups, raterGroups,
                ordered(rated, results::itemsOf), comments);
    }

    /**
     * What a department lead reads: the overall (the figure the scorecard publishes) and the groups of
     * their own department only, without the "other departments" fold; nothing but the overall when
     * their department is not known.
     */
    static SurveyResults only(SurveyResults results, Optional<DepartmentId> department) {
        var rated = new Breakdown(mine(results.rated(), department), Optional.empty());
        var raters = new Breakdown(mine(results.raters(), department), Optional.empty());
        var own = department.stream().toList();
        var comments = new LinkedHashMap<DepartmentId, Comments>();
        own.forEach(d -> results.commentsOn(d).ifPresent(c -> comments.put(d, c)));
        return new SurveyResults(results.minimum(), results.overall(), rated, raters, ordered(own, results::itemsOf),
                comments);
    }

    private static List<GroupResult> mine(Breakdown breakdown, Optional<DepartmentId> department) {
        return breakdown.groups().stream().filter(g -> department.filter(d -> of(g.group(), d)).isPresent()).toList();
    }

    private static boolean of(ResultGroup group, DepartmentId department) {
        return switch (group) {
            case ResultGroup.RatedDepartment(var d) -> d.equals(department);
            case ResultGroup.RaterDepartment(var d) -> d.equals(department);
            default -> false;
        };
    }

    private static <V> LinkedHashMap<DepartmentId, V> ordered(List<DepartmentId> departments,
                                                              Function<DepartmentId, Optional<V>> value) {
        var map = new LinkedHashMap<DepartmentId, V>();
        departments.forEach(d -> value.apply(d).ifPresent(v -> map.put(d, v)));
        return map;
    }
}
