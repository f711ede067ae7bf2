package dev.opscharter.bootstrap.team;

import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.team.port.in.ManageTraining;
import dev.opscharter.application.team.port.in.ManageTraining.NewCourse;
import dev.opscharter.application.team.port.in.RecordAppraisals;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.team.AppraisalPassRate;
import dev.opscharter.domain.team.TrainingCompletion;
import dev.opscharter.domain.team.TrainingEvidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's use cases on their PostgreSQL stores and the scorecard: a quarter's training and appraisals make both
 * team parts from records, with the records behind them; a repeated request changes nothing. The database is
 * shared: the year is one without team records, so its quarter has this test's records only.
 */
@OpsCharterSpringTest
class TeamWiringIT {

    private static final int YEARS = 11;

    @Autowired
    ManageTraining training;
    @Autowired
    RecordAppraisals appraisals;
    @Autowired
    TeamQueries team;
    @Autowired
    ScorecardQueries scorecards;
    @Autowired
    People people;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signInAsTheManager() {
        new SignedIn(users).switchTo("manager");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * A year of 2012 to 2022 without a plan or an appraisal yet: standards are in force (from 2000), and no other
     * test reads a scorecard there (those that do take 2000 to 2009 and recent quarters), nor does the demo.
     */
    private int freeYear() {
        int start = ThreadLocalRandom.current().nextInt(YEARS);
        for (int i = 0; i < YEARS; i++) {
            int year = 2012 + (start + i) % YEARS;
            if (team.plan(year).isEmpty() && new Period.Year(year).quarters().stream()
                    .allMatch(q -> team.appraisals(q).isEmpty())) {
                return year;
            }
        }
        throw new IllegalStateException("every year from 2012 to 2022 has team records");
    }

    @Test
    void training_and_appraisals_of_a_quarter_make_both_team_parts_from_records() {
        int year = freeYear();
        var quarter = new Period.Quarter(year, 2);
        var due = LocalDate.of(year, 5, 15);
        var staff = people.all().stream().sorted(Comparator.comparing(Person::name)).limit(4).toList();
        var onTime = staff.get(0);
        var late = staff.get(1);
        var reviewer = staff.get(2);
        var code = "SAFE-" + UUID.randomUUID().toString().substring(0, 6);

        var draw = RequestKey.fresh();
        var plan = training.drawPlan(draw, year);
        assertThat(training.drawPlan(draw, year)).isEqualTo(plan);
        training.addCourse(plan, new NewCourse(code, "仓库安全培训", due, List.of(onTime.id(), late.id())), 1);
        training.recordAttendance(plan, code, onTime.id(), due.minusDays(3), 2);
        training.recordAttendance(plan, code, late.id(), due.minusDays(2), 3);
        training.recordCompletion(plan, code, onTime.id(), due, new TrainingEvidence.Note("考试 92 分"), 4);
        training.recordCompletion(plan, code, late.id(), due.plusDays(10), new TrainingEvidence.Note("补考通过"), 5);

        var record = RequestKey.fresh();
        var passed = appraisals.record(record, onTime.id(), quarter, 60, reviewer.id());
        assertThat(appraisals.record(record, onTime.id(), quarter, 60, reviewer.id())).isEqualTo(passed);
        appraisals.record(RequestKey.fresh(), late.id(), quarter, 59, reviewer.id());

        assertThat(team.plan(year)).hasValueSatisfying(p -> assertThat(p.record().version()).isEqualTo(6));
        assertThat(team.appraisals(quarter)).hasSize(2).allSatisfy(r -> assertThat(r.passMark()).isEqualTo(60));
        assertThat(team.passRate(quarter)).isEqualTo(new AppraisalPassRate(1, 2));
        assertThat(team.trainingCompletion(quarter)).isEqualTo(new TrainingCompletion(1, 2));

        var report = scorecards.scorecard(quarter);
        assertThat(report.recordParts()).contains(Part.TEAM_APPRAISAL_PASS_RATE, Part.TRAINING_PLAN_COMPLETION);
        var passRate = report.scorecard().part(Part.TEAM_APPRAISAL_PASS_RATE).orElseThrow();
        assertThat(passRate.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("50"));
        assertThat(evidence(passRate)).extracting(Provenance.Evidence::label)
                .containsExactlyInAnyOrder(onTime.name(), late.name());
        assertThat(evidence(passRate)).extracting(Provenance.Evidence::detailKey)
                .containsExactlyInAnyOrder("evidence.team.passed", "evidence.team.failed");
        var completion = report.scorecard().part(Part.TRAINING_PLAN_COMPLETION).orElseThrow();
        assertThat(completion.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("50"));
        assertThat(evidence(completion)).extracting(Provenance.Evidence::label)
                .containsExactly(code + " 仓库安全培训", late.name());
    }

    @Test
    void a_quarter_without_team_records_stays_open_to_hand_entry() {
        var quarter = new Period.Quarter(freeYear(), 3);

        var report = scorecards.scorecard(quarter);

        assertThat(report.recordParts()).doesNotContain(Part.TEAM_APPRAISAL_PASS_RATE,
                Part.TRAINING_PLAN_COMPLETION);
        assertThat(report.scorecard().part(Part.TEAM_APPRAISAL_PASS_RATE).orElseThrow().figure()).isEmpty();
    }

    private static List<Provenance.Evidence> evidence(PartResult part) {
        assertThat(part.values()).singleElement().extracting(PartValue::provenance)
                .isInstanceOf(Provenance.FromRecords.class);
        return ((Provenance.FromRecords) part.values().getFirst().provenance()).evidence();
    }
}
