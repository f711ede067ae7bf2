package dev.opscharter.application.team.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.team.fakes.InMemoryAppraisalResults;
import dev.opscharter.application.team.fakes.InMemoryTrainingPlans;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.Course;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The team management parts from the records, on Thursday 14 May 2026 in Shanghai: the second quarter runs. */
class TeamIndicatorsSourceTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Set<Part> PARTS = Set.of(Part.TEAM_APPRAISAL_PASS_RATE, Part.TRAINING_PLAN_COMPLETION);

    private final OrganizationFixture org = new OrganizationFixture();
    private final InMemoryTrainingPlans plans = new InMemoryTrainingPlans();
    private final InMemoryAppraisalResults results = new InMemoryAppraisalResults();
    private final TeamIndicatorsSource source = new TeamIndicatorsSource(plans, results, org.people, org.clock);
    private Person wang;
    private Person li;
    private Person zhao;

    @BeforeEach
    void people() {
        var ops = org.department("OPS");
        wang = org.person("Wang Fang", ops).save();
        li = org.person("Li Na", ops).save();
        zhao = org.person("Zhao Min", ops).save();
    }

    private void appraise(Person person, Period.Quarter quarter, int score) {
        results.save(AppraisalResult.record(person.id(), quarter, score, 60, zhao.id(), MANAGER, OrganizationFixture.NOW));
    }

    @Test
    void the_pass_rate_is_passed_over_appraised_with_each_person_in_the_drill_down() {
        appraise(wang, Q1, 60);
        appraise(li, Q1, 59);

        var value = source.valueOf(Part.TEAM_APPRAISAL_PASS_RATE, Q1, SHANGHAI).orElseThrow();

        assertThat(value.measurement()).isEqualTo(Measurement.Ratio.of(1, 2));
        assertThat(((Provenance.FromRecords) value.provenance()).evidence())
                .extracting(Provenance.Evidence::label, Provenance.Evidence::detailKey, Provenance.Evidence::arguments)
                .containsExactly(
                        tuple("Li Na", "evidence.team.failed", List.of("2026-Q1", "59", "60", "Zhao Min")),
                        tuple("Wang Fang", "evidence.team.passed", List.of("2026-Q1", "60", "60", "Zhao Min")));
        assertThat(((Provenance.FromRecords) value.provenance()).evidence()).extracting(Provenance.Evidence::link)
                .as("each line leads to the quarter's appraisals").containsOnly(Optional.of("team?quarter=2026-Q1"));
    }

    @Test
    void a_year_counts_every_quarters_results() {
        appraise(wang, Q1, 90);
        appraise(wang, Q2, 40);

        var value = source.valueOf(Part.TEAM_APPRAISAL_PASS_RATE, new Period.Year(2026), SHANGHAI).orElseThrow();

        assertThat(value.measurement()).isEqualTo(Measurement.Ratio.of(1, 2));
    }

    @Test
    void training_completion_counts_the_courses_due_so_far_and_names_who_missed_them() {
        var plan = TrainingPlan.draw(new Period.Year(2026), MANAGER)
                .addCourse(Course.of("LEAN-1", "Lean", LocalDate.of(2026, 3, 31), List.of(wang.id(), li.id())), MANAGER)
                .addCourse(Course.of("SAFE-1", "Safety", LocalDate.of(2026, 6, 30), List.of(wang.id())), MANAGER)
                .attended("LEAN-1", wang.id(), LocalDate.of(2026, 3, 2), MANAGER)
                .completed("LEAN-1", wang.id(), LocalDate.of(2026, 3, 3), new TrainingEvidence.Note("ok"), MANAGER);
        plans.save(plan);

        var q1 = source.valueOf(Part.TRAINING_PLAN_COMPLETION, Q1, SHANGHAI).orElseThrow();

        assertThat(q1.measurement()).isEqualTo(Measurement.Ratio.of(1, 2));
        assertThat(((Provenance.FromRecords) q1.provenance()).evidence())
                .extracting(Provenance.Evidence::label, Provenance.Evidence::detailKey, Provenance.Evidence::arguments)
                .containsExactly(tuple("LEAN-1 Lean", "evidence.team.course", List.of("2026-03-31", "1", "2")),
                        tuple("Li Na", "evidence.team.missed", List.of("LEAN-1", "2026-03-31")));
        assertThat(((Provenance.FromRecords) q1.provenance()).evidence()).extracting(Provenance.Evidence::link)
                .as("the course leads to its year's plan, a person to nothing")
                .containsExactly(Optional.of("team?year=2026"), Optional.empty());
        assertThat(source.valueOf(Part.TRAINING_PLAN_COMPLETION, Q2, SHANGHAI))
                .as("SAFE-1 is not due yet on 14 May").isEmpty();
    }

    @Test
    void periods_without_records_are_left_to_hand_entry() {
        appraise(wang, Q1, 90);

        List<PartValue> values = source.valuesOf(PARTS, List.of(Q1, Q2), SHANGHAI);

        assertThat(source.leavesGapsToHandEntry()).isTrue();
        assertThat(values).extracting(PartValue::part, PartValue::period)
                .containsExactly(tuple(Part.TEAM_APPRAISAL_PASS_RATE, Q1));
        assertThat(new TeamIndicatorsSource(new InMemoryTrainingPlans(), new InMemoryAppraisalResults(), org.people,
                org.clock).valuesOf(PARTS, List.of(Q1), SHANGHAI)).isEmpty();
    }
}
