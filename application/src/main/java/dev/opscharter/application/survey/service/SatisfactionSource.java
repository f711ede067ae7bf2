package dev.opscharter.application.survey.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SurveyResults;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Cross-department collaboration satisfaction (跨部门协作满意度) from the survey campaigns closed in a
 * quarter: how they rate Operations by the campaign's method ({@link SurveyResults}), with the campaign,
 * method, respondents and response rate as provenance and a link to the campaign's results — never to
 * anyone who answered. A quarter with such a campaign always has a value here, so its figure is not typed
 * by hand; a quarter without one is entered by hand as before.
 * <p><b>Which campaigns:</b> only quarterly ones. An ad-hoc campaign asks a chosen audience about a
 * project or an incident; averaging it into the quarter's standard would change what the standard
 * measures. Should several quarterly campaigns close in one quarter (a manager made a second one), their
 * responses are pooled into one figure, as if one campaign had asked them all, with the method of the
 * latest of them and the largest of their minimum groups, so pooling never shows a group smaller than
 * any of them allows.
 * <p><b>Hidden overall:</b> fewer respondents than the minimum give a value without a figure ("no data")
 * whose provenance says why: the quarter has a campaign, so no hand-typed figure replaces the hidden one.
 */
public final class SatisfactionSource implements IndicatorSource {

    public static final String SOURCE = "survey";
    public static final String KEY_PREFIX = "evidence.survey.";

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final Submissions submissions;
    private final Responses responses;
    private final Operations operations;

    public SatisfactionSource(Campaigns campaigns, Invitations invitations, Submissions submissions,
                              Responses responses, Departments departments) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.submissions = submissions;
        this.responses = responses;
        this.operations = new Operations(departments);
    }

    /** The route of a campaign's results screen, relative to the application's root. */
    public static String resultsRoute(Campaign campaign) {
        return "surveys/" + campaign.id() + "/results";
    }

    @Override
    public Set<Part> parts() {
        return Set.of(Part.COLLABORATION_SATISFACTION);
    }

    /** A quarter without a quarterly campaign is entered by hand, as before surveys were kept here. */
    @Override
    public boolean leavesGapsToHandEntry() {
        return true;
    }

    @Override
    public Optional<PartValue> valueOf(Part part, Period period, ZoneId zone) {
        if (part != Part.COLLABORATION_SATISFACTION || !(period instanceof Period.Quarter quarter)) {
            return Optional.empty();
        }
        // newest window first: the first is the latest campaign
        var quarterly = campaigns.closedIn(quarter).stream().filter(c -> c.quarter().isPresent()).toList();
        if (quarterly.isEmpty()) {
            return Optional.empty();
        }
        var latest = quarterly.getFirst();
        var items = new LinkedHashSet<ItemCode>();
        quarterly.forEach(c -> items.addAll(c.questionnaire().codes()));
        int minimum = quarterly.stream().mapToInt(Campaign::minimumGroup).max().orElseThrow();
        // as if the latest campaign had asked them all: the results are of one campaign
        var pooled = quarterly.stream().flatMap(c -> responses.of(c.id()).stream())
                .map(r -> new Response(r.id(), latest.id(), r.rater(), r.rated(), r.answers(), r.comment(),
                        r.submittedOn()))
                .toList();
        // the comments' order does not matter here: only Operations' figure is read. In a campaign that
        // rates Operations only it is the overall; in a mutual one the departments also rate each other,
        // and the standard measures how they rate Operations
        var results = SurveyResults.of(pooled, List.copyOf(items), minimum, latest.method(), new Random(0));
        var overall = results.ratedDepartment(operations.department()).orElse(results.overall());

        var evidence = new ArrayList<Provenance.Evidence>();
        quarterly.forEach(c -> evidence.add(evidenceOf(c)));
        Measurement measurement = overall.percent().<Measurement>map(Measurement.Amount::new)
                .orElseGet(() -> Measurement.Ratio.of(0, 0));
        if (!overall.isShown()) {
            evidence.add(new Provenance.Evidence(quarter.key(), KEY_PREFIX + "hidden",
                    List.of(Integer.toString(minimum))));
        }
        return Optional.of(new PartValue(part, quarter, measurement, new Provenance.FromRecords(SOURCE, evidence)));
    }

    /** "2026-Q2 协作满意度": 18 of 24 invited answered (75.0 %), share of answers 4–5. */
    private Provenance.Evidence evidenceOf(Campaign campaign) {
        long invited = invitations.invited(campaign.id()).values().stream().mapToLong(Long::longValue).sum();
        long used = submissions.answered(campaign.id()).values().stream().mapToLong(Long::longValue).sum();
        var rate = invited == 0 ? "–" : BigDecimal.valueOf(used * 100).divide(BigDecimal.valueOf(invited), 1,
                RoundingMode.HALF_UP).toPlainString();
        return new Provenance.Evidence(campaign.title().chinese(),
                KEY_PREFIX + campaign.method().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                List.of(campaign.title().english(), Long.toString(used), Long.toString(invited), rate),
                Optional.of(resultsRoute(campaign)));
    }
}
