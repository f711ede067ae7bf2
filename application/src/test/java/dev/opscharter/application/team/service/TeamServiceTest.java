package dev.opscharter.application.team.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.fakes.InMemoryAttachments;
import dev.opscharter.application.team.fakes.InMemoryAppraisalResults;
import dev.opscharter.application.team.fakes.InMemoryTrainingPlans;
import dev.opscharter.application.team.port.in.ManageTraining.NewCourse;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.team.AppraisalPassRate;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.TrainingCompletion;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlanId;
import dev.opscharter.domain.team.TrainingStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The team on fakes; the organization fixture's clock stands on Thursday 14 May 2026, 10:00 in Shanghai. */
class TeamServiceTest {

    static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    private final OrganizationFixture org = new OrganizationFixture();
    private final InMemoryTrainingPlans plans = new InMemoryTrainingPlans();
    private final InMemoryAppraisalResults results = new InMemoryAppraisalResults();
    private final InMemoryAttachments files = new InMemoryAttachments();
    private final TeamService service = new TeamService(plans, results, org.people, org.departments, files,
            AppraisalResult.DEFAULT_PASS_MARK, org.useCase);
    private Person wang;
    private Person li;
    private Person manager;

    @BeforeEach
    void people() {
        var ops = org.department("OPS", DepartmentKind.OPERATIONS);
        wang = org.person("Wang Fang", ops).roles(Role.OPS_SPECIALIST).save();
        li = org.person("Li Na", ops).roles(Role.OPS_SPECIALIST).save();
        manager = org.person("Zhao Min", ops).roles(Role.OPS_MANAGER).save();
    }

    static Stream<Actor> recorders() {
        return Actors.eachOf(Role.OPS_MANAGER, Role.OPS_DIRECTOR, Role.OPS_SPECIALIST);
    }

    static Stream<Actor> notRecorders() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_DIRECTOR, Role.OPS_SPECIALIST);
    }

    static Stream<Actor> notManagers() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    static Stream<Actor> notReaders() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_DIRECTOR, Role.OPS_SPECIALIST, Role.AUDITOR);
    }

    private TrainingPlanId planWithCourse() {
        org.actAs("manager", Role.OPS_MANAGER);
        var id = service.drawPlan(RequestKey.fresh(), 2026);
        service.addCourse(id, new NewCourse("LEAN-1", "Lean basics", MARCH_31, List.of(wang.id(), li.id())), 1);
        return id;
    }

    private long version(TrainingPlanId id) {
        return plans.byId(id).orElseThrow().version();
    }

    @ParameterizedTest
    @MethodSource("recorders")
    void those_who_record_enter_attendance_and_completion_and_the_completion_counts(Actor recorder) {
        var id = planWithCourse();
        org.actAs(recorder);

        for (var person : List.of(wang.id(), li.id())) {
            service.recordAttendance(id, "LEAN-1", person, MARCH_31.minusDays(3), version(id));
            service.recordCompletion(id, "LEAN-1", person, MARCH_31, new TrainingEvidence.Note("test passed"),
                    version(id));
        }

        assertThat(service.trainingCompletion(Q1)).isEqualTo(new TrainingCompletion(2, 2));
        assertThat(service.trainingCompletion(new Period.Quarter(2026, 2)).defined()).isFalse();
    }

    private static final byte[] CERTIFICATE = "%PDF-1.7 certificate".getBytes(StandardCharsets.US_ASCII);

    private TrainingPlanId planWithAttendance() {
        var id = planWithCourse();
        for (var person : List.of(wang.id(), li.id())) {
            service.recordAttendance(id, "LEAN-1", person, MARCH_31.minusDays(3), version(id));
        }
        return id;
    }

    @ParameterizedTest
    @MethodSource("recorders")
    void a_completion_with_a_file_keeps_the_file_once_and_refers_to_it(Actor recorder) {
        var id = planWithAttendance();
        org.actAs(recorder);

        var attachment = service.recordCompletion(id, "LEAN-1", wang.id(), MARCH_31, "C:\\certs\\lean.pdf",
                CERTIFICATE, version(id));

        assertThat(files.all()).singleElement().satisfies(file -> {
            assertThat(file.id()).isEqualTo(attachment);
            assertThat(file.fileName()).isEqualTo("lean.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
        });
        assertThat(files.uploaderOf(attachment)).contains(recorder.name());
        var completion = plans.byId(id).orElseThrow().course("LEAN-1").orElseThrow().attendanceOf(wang.id())
                .orElseThrow().completion().orElseThrow();
        assertThat(completion.evidence()).isEqualTo(new TrainingEvidence.Attachment(attachment));
        assertThat(service.evidenceNames(id)).isEqualTo(Map.of(attachment, "lean.pdf"));
        assertThat(service.evidence(id, attachment).content()).isEqualTo(CERTIFICATE);
        assertThat(service.trainingCompletion(Q1)).isEqualTo(new TrainingCompletion(1, 2));
    }

    @Test
    void a_completion_the_plan_refuses_keeps_no_file() {
        var id = planWithAttendance();
        service.recordCompletion(id, "LEAN-1", wang.id(), MARCH_31, "lean.pdf", CERTIFICATE, version(id));

        assertThatThrownBy(() -> service.recordCompletion(id, "LEAN-1", wang.id(), MARCH_31, "again.pdf",
                CERTIFICATE, version(id))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("rule.team.course.completed-twice");
        assertThatThrownBy(() -> service.recordCompletion(id, "LEAN-1", li.id(), MARCH_31, "stale.pdf",
                CERTIFICATE, version(id) - 1)).isInstanceOf(ConcurrentModification.class);
        assertThat(files.count()).isEqualTo(1);
    }

    @Test
    void an_empty_file_or_one_over_the_bound_is_refused_with_its_key_and_nothing_is_recorded() {
        var id = planWithAttendance();
        var before = version(id);

        assertRejected(() -> service.recordCompletion(id, "LEAN-1", wang.id(), MARCH_31, "empty.pdf", new byte[0],
                before), "attachment", "validation.attachment.empty");
        var refusal = assertRejected(() -> service.recordCompletion(id, "LEAN-1", wang.id(), MARCH_31, "big.pdf",
                new byte[AttachmentFile.MAX_BYTES + 1], before), "attachment", "validation.attachment.too-large");

        assertThat(refusal.arguments()).containsExactly(AttachmentFile.MAX_BYTES / 1024 / 1024);
        assertThat(files.count()).isZero();
        assertThat(version(id)).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("notRecorders")
    void auditors_and_others_attach_no_file(Actor someone) {
        var id = planWithAttendance();
        org.actAs(someone);

        assertThatThrownBy(() -> service.recordCompletion(id, "LEAN-1", wang.id(), MARCH_31, "lean.pdf",
                CERTIFICATE, version(id))).isInstanceOf(AccessDenied.class);
        assertThat(files.count()).isZero();
    }

    @Test
    void only_a_file_the_plan_refers_to_is_downloaded_and_an_auditor_may_download_it() {
        var id = planWithAttendance();
        var attachment = service.recordCompletion(id, "LEAN-1", wang.id(), MARCH_31, "lean.pdf", CERTIFICATE,
                version(id));
        var elsewhere = AttachmentFile.accept("payroll.pdf", CERTIFICATE);
        files.store(elsewhere, "someone");
        org.actAs("manager", Role.OPS_MANAGER);
        var otherPlan = service.drawPlan(RequestKey.fresh(), 2027);
        org.actAs("auditor", Role.AUDITOR);

        assertThat(service.evidence(id, attachment).fileName()).isEqualTo("lean.pdf");
        assertThatThrownBy(() -> service.evidence(id, elsewhere.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.evidence(id, UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.evidence(otherPlan, attachment)).isInstanceOf(NotFound.class);
        assertThat(service.evidenceNames(otherPlan)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("notReaders")
    void those_outside_operations_and_audit_download_no_evidence(Actor someone) {
        var id = planWithAttendance();
        var attachment = service.recordCompletion(id, "LEAN-1", wang.id(), MARCH_31, "lean.pdf", CERTIFICATE,
                version(id));
        org.actAs(someone);

        assertThatThrownBy(() -> service.evidence(id, attachment)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.evidenceNames(id)).isInstanceOf(AccessDenied.class);
    }

    @ParameterizedTest
    @MethodSource("notManagers")
    void only_managers_draw_up_the_plan(Actor someone) {
        org.actAs(someone);
        assertThatThrownBy(() -> service.drawPlan(RequestKey.fresh(), 2026)).isInstanceOf(AccessDenied.class);
        assertThat(plans.ofYear(2026)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("notRecorders")
    void auditors_and_others_record_nothing(Actor someone) {
        var id = planWithCourse();
        org.actAs(someone);

        assertThatThrownBy(() -> service.recordAttendance(id, "LEAN-1", wang.id(), MARCH_31, version(id)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.record(RequestKey.fresh(), wang.id(), Q1, 80, manager.id()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void auditors_read_the_plan_without_a_step_and_the_rates() {
        planWithCourse();
        org.actAs("auditor", Role.AUDITOR);

        var plan = service.plan(2026).orElseThrow();

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.record().courses()).hasSize(1);
        assertThat(service.passRate(Q1)).isEqualTo(AppraisalPassRate.NONE);
    }

    @ParameterizedTest
    @MethodSource("notReaders")
    void those_outside_operations_and_audit_read_nothing(Actor someone) {
        org.actAs(someone);
        assertThatThrownBy(() -> service.plan(2026)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.passRate(Q1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(service::staff).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_staff_are_the_people_of_operations_still_employed_by_name_and_an_auditor_may_read_them() {
        org.person("Ma Chao", org.department("SALES")).roles(Role.OPS_SPECIALIST).save();
        org.person("An Qi", org.department("OPS2", DepartmentKind.OPERATIONS)).leftOn(LocalDate.of(2026, 1, 31))
                .save();
        org.actAs("auditor", Role.AUDITOR);

        assertThat(service.staff()).extracting(TeamQueries.Member::name)
                .containsExactly("Li Na", "Wang Fang", "Zhao Min");
        assertThat(service.staff().getFirst().id()).isEqualTo(li.id());
    }

    @Test
    void a_specialist_sees_recording_open_but_not_adding_a_course() {
        planWithCourse();
        org.actAs("specialist", Role.OPS_SPECIALIST);

        assertThat(service.plan(2026).orElseThrow().steps()).extracting(Step::kind)
                .containsExactly(TrainingStep.RECORD_ATTENDANCE, TrainingStep.RECORD_COMPLETION);
    }

    @Test
    void a_second_plan_of_a_year_is_refused_and_a_repeated_request_answers_the_first() {
        org.actAs("manager", Role.OPS_MANAGER);
        var request = RequestKey.fresh();
        var first = service.drawPlan(request, 2026);

        assertThat(service.drawPlan(request, 2026)).isEqualTo(first);
        assertThatThrownBy(() -> service.drawPlan(RequestKey.fresh(), 2026)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("rule.team.plan.twice");
    }

    @Test
    void a_course_for_someone_unknown_or_a_stale_version_is_refused() {
        var id = planWithCourse();

        assertThatThrownBy(() -> service.addCourse(id, new NewCourse("X", "X", MARCH_31, List.of(PersonId.random())),
                version(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.recordAttendance(id, "LEAN-1", wang.id(), MARCH_31, version(id) - 1))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void appraisals_are_one_per_person_and_quarter_and_make_the_pass_rate() {
        org.actAs("specialist", Role.OPS_SPECIALIST);
        service.record(RequestKey.fresh(), wang.id(), Q1, 60, manager.id());
        var failed = service.record(RequestKey.fresh(), li.id(), Q1, 59, manager.id());

        assertThat(service.passRate(Q1)).isEqualTo(new AppraisalPassRate(1, 2));
        assertThatThrownBy(() -> service.record(RequestKey.fresh(), wang.id(), Q1, 90, manager.id()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.appraisal.twice");

        service.correct(failed, 75, manager.id(), results.byId(failed).orElseThrow().version());

        assertThat(service.passRate(Q1)).isEqualTo(new AppraisalPassRate(2, 2));
        assertThat(service.appraisals(Q1)).hasSize(2);
    }

    @Test
    void an_appraisal_of_someone_unknown_or_by_themselves_is_refused() {
        org.actAs("manager", Role.OPS_MANAGER);

        assertThatThrownBy(() -> service.record(RequestKey.fresh(), PersonId.random(), Q1, 80, manager.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.record(RequestKey.fresh(), wang.id(), Q1, 80, wang.id()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.appraisal.self-review");
        assertThat(results.between(Q1, Q1)).isEmpty();
    }

    @Test
    void a_result_keeps_the_pass_mark_set_when_it_was_recorded() {
        org.actAs("manager", Role.OPS_MANAGER);
        var strict = new TeamService(plans, results, org.people, org.departments, files, 80, org.useCase);
        var judgedAt60 = service.record(RequestKey.fresh(), wang.id(), Q1, 70, manager.id());
        var judgedAt80 = strict.record(RequestKey.fresh(), li.id(), Q1, 70, manager.id());

        assertThat(results.byId(judgedAt60)).hasValueSatisfying(r -> {
            assertThat(r.passMark()).isEqualTo(60);
            assertThat(r.passed()).isTrue();
        });
        assertThat(results.byId(judgedAt80)).hasValueSatisfying(r -> {
            assertThat(r.passMark()).isEqualTo(80);
            assertThat(r.passed()).isFalse();
        });
        // a correction under the strict mark keeps the mark the result was recorded with
        strict.correct(judgedAt60, 75, manager.id(), results.byId(judgedAt60).orElseThrow().version());
        assertThat(results.byId(judgedAt60).orElseThrow().passMark()).isEqualTo(60);
        assertThat(strict.passRate(Q1)).isEqualTo(new AppraisalPassRate(1, 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void a_pass_mark_off_the_scale_is_refused(int mark) {
        assertThatThrownBy(() -> new TeamService(plans, results, org.people, org.departments, files, mark,
                org.useCase))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Integer.toString(mark));
    }
}
