package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Proportion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demo's team on PostgreSQL: what the scorecard reads from its appraisals and training plans. */
@OpsCharterSpringTest
class DemoTeamIT {

    @Autowired
    ScorecardQueries scorecards;
    @Autowired
    TeamQueries team;
    @Autowired
    BusinessCalendar calendar;

    private PartResult part(Period.Quarter quarter, Part part) {
        return SystemTasks.asSystem(() -> scorecards.scorecard(quarter)).scorecard().part(part).orElseThrow();
    }

    private static void fromTeamRecords(PartResult part, Proportion rate) {
        assertThat(part.values()).singleElement().satisfies(value -> {
            assertThat(value.isManual()).as("not typed by hand").isFalse();
            assertThat(((Provenance.FromRecords) value.provenance()).source()).isEqualTo("team");
        });
        assertThat(part.figure().orElseThrow().doubleValue())
                .isCloseTo(rate.fraction().orElseThrow() * 100, within(0.01));
    }

    @Test
    void four_ended_quarters_pass_rates_come_from_the_appraisals_one_below_90_percent_the_last_one_not() {
        var quarters = DemoTeam.appraisedQuarters(calendar.today());
        assertThat(quarters).hasSize(4).last().isEqualTo(Period.quarterOf(calendar.today()).previous());

        for (var quarter : quarters) {
            var rate = SystemTasks.asSystem(() -> team.passRate(quarter));
            assertThat(rate.appraised()).as(quarter.key()).isGreaterThanOrEqualTo(4);
            fromTeamRecords(part(quarter, Part.TEAM_APPRAISAL_PASS_RATE), rate);
        }
        assertThat(part(quarters.getFirst(), Part.TEAM_APPRAISAL_PASS_RATE).failed()).as("one fails").isTrue();
        assertThat(part(quarters.getLast(), Part.TEAM_APPRAISAL_PASS_RATE).failed()).isFalse();
    }

    @Test
    void training_completion_comes_from_the_plans_late_completions_keep_an_earlier_quarter_below_100_percent() {
        var today = calendar.today();
        var lastEnded = Period.quarterOf(today).previous();
        var trained = DemoTeam.trainedQuarters(today);
        assertThat(trained).contains(lastEnded);

        for (var quarter : trained.stream().filter(q -> !q.equals(Period.quarterOf(today))).toList()) {
            var completion = SystemTasks.asSystem(() -> team.trainingCompletion(quarter));
            fromTeamRecords(part(quarter, Part.TRAINING_PLAN_COMPLETION), completion);
        }
        assertThat(part(lastEnded, Part.TRAINING_PLAN_COMPLETION).failed()).as("all on time").isFalse();
        assertThat(trained).filteredOn(q -> q.firstDay().isBefore(lastEnded.firstDay()))
                .anySatisfy(q -> assertThat(part(q, Part.TRAINING_PLAN_COMPLETION).failed()).isTrue());
    }

    @Test
    void a_quarter_with_team_records_offers_no_hand_entry_of_them() {
        var lastEnded = Period.quarterOf(calendar.today()).previous();

        var scorecard = SystemTasks.asSystem(() -> scorecards.scorecard(lastEnded));

        assertThat(scorecard.enterable(Part.TEAM_APPRAISAL_PASS_RATE)).isFalse();
        assertThat(scorecard.enterable(Part.TRAINING_PLAN_COMPLETION)).isFalse();
    }
}
