package dev.opscharter.application.team.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.application.team.port.in.ManageTraining;
import dev.opscharter.application.team.port.in.RecordAppraisals;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.application.team.port.out.AppraisalResults;
import dev.opscharter.application.team.port.out.TrainingPlans;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.team.AppraisalPassRate;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.AppraisalResultId;
import dev.opscharter.domain.team.Attendance;
import dev.opscharter.domain.team.Course;
import dev.opscharter.domain.team.TrainingCompletion;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlan;
import dev.opscharter.domain.team.TrainingPlanId;
import dev.opscharter.domain.team.TrainingStep;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.opscharter.domain.team.TeamPermission.MANAGE;
import static dev.opscharter.domain.team.TeamPermission.READ;
import static dev.opscharter.domain.team.TeamPermission.RECORD;

/**
 * The team's training plans and appraisal results: the permission checked here, the rules in the records. Everyone
 * named — attendees, the appraised, reviewers — must be a person of the organization. A result is judged against
 * the pass mark set when it is recorded ({@code opscharter.team.pass-mark}) and keeps it. A completion's evidence
 * file is kept among every context's {@link Attachments}; whoever reads the team may download the files a plan
 * refers to, and no other.
 */
public final class TeamService implements ManageTraining, RecordAppraisals, TeamQueries {

    static final RecordType<TrainingPlanId, TrainingPlan> PLAN = new RecordType<>("TrainingPlan", TrainingPlan::id,
            p -> p.year().key(), TeamService::snapshot, TrainingPlan::version, TrainingPlanId::toString,
            TrainingPlanId::parse);
    static final RecordType<AppraisalResultId, AppraisalResult> RESULT = new RecordType<>("AppraisalResult",
            AppraisalResult::id, r -> r.quarter().key() + " " + r.person(), TeamService::snapshot,
            AppraisalResult::version, AppraisalResultId::toString, AppraisalResultId::parse);

    private final TrainingPlans plans;
    private final AppraisalResults results;
    private final People people;
    private final Departments departments;
    private final Attachments files;
    private final int passMark;
    private final UseCase uc;

    /** @param passMark what a score must reach to pass, 0 to {@value AppraisalResult#MAX_SCORE} */
    public TeamService(TrainingPlans plans, AppraisalResults results, People people, Departments departments,
                       Attachments files, int passMark, UseCase uc) {
        if (passMark < 0 || passMark > AppraisalResult.MAX_SCORE) {
            throw new IllegalArgumentException("pass mark " + passMark + " is not between 0 and "
                    + AppraisalResult.MAX_SCORE);
        }
        this.plans = plans;
        this.results = results;
        this.people = people;
        this.departments = departments;
        this.files = files;
        this.passMark = passMark;
        this.uc = uc;
    }

    // ---- training

    @Override
    public TrainingPlanId drawPlan(RequestKey request, int year) {
        var of = new Period.Year(year);
        return uc.create(MANAGE, request, PLAN, plans, me -> {
            if (plans.ofYear(year).isPresent()) {
                throw Refusal.of("rule.team.plan.twice", of.key()).violation();
            }
            return TrainingPlan.draw(of, me);
        });
    }

    @Override
    public void addCourse(TrainingPlanId plan, NewCourse course, long version) {
        uc.change(MANAGE, PLAN, plans, plan, version, AuditAction.UPDATE, (me, before) -> {
            course.attendees().forEach(this::person);
            return before.addCourse(Course.of(course.code(), course.title(), course.due(), course.attendees()), me);
        });
    }

    @Override
    public void recordAttendance(TrainingPlanId plan, String courseCode, PersonId person, LocalDate on,
                                 long version) {
        uc.change(RECORD, PLAN, plans, plan, version, AuditAction.UPDATE,
                (me, before) -> before.attended(courseCode, person, on, me));
    }

    @Override
    public void recordCompletion(TrainingPlanId plan, String courseCode, PersonId person, LocalDate on,
                                 TrainingEvidence evidence, long version) {
        uc.change(RECORD, PLAN, plans, plan, version, AuditAction.UPDATE,
                (me, before) -> before.completed(courseCode, person, on, evidence, me));
    }

    @Override
    public UUID recordCompletion(TrainingPlanId plan, String courseCode, PersonId person, LocalDate on,
                                 String fileName, byte[] content, long version) {
        var file = AttachmentFile.accept(fileName, content);
        uc.change(RECORD, PLAN, plans, plan, version, AuditAction.UPDATE, (me, before) -> {
            // the plan decides first whether this completion may be recorded; only then is the file kept
            var after = before.completed(courseCode, person, on, new TrainingEvidence.Attachment(file.id()), me);
            files.store(file, me.name());
            return after;
        });
        return file.id();
    }

    // ---- appraisals

    @Override
    public AppraisalResultId record(RequestKey request, PersonId person, Period.Quarter quarter, int score,
                                    PersonId reviewer) {
        return uc.create(RECORD, request, RESULT, results, me -> {
            person(person);
            person(reviewer);
            if (results.of(person, quarter).isPresent()) {
                throw Refusal.of("rule.team.appraisal.twice", quarter.key()).violation();
            }
            return AppraisalResult.record(person, quarter, score, passMark, reviewer, me,
                    uc.calendar().now());
        });
    }

    @Override
    public void correct(AppraisalResultId id, int score, PersonId reviewer, long version) {
        uc.change(RECORD, RESULT, results, id, version, AuditAction.UPDATE, (me, before) -> {
            person(reviewer);
            return before.correct(score, reviewer, me, uc.calendar().now());
        });
    }

    // ---- queries

    @Override
    public Optional<WithSteps<TrainingPlan, TrainingStep>> plan(int year) {
        return uc.read(READ, me -> plans.ofYear(year).map(p -> new WithSteps<>(p, p.allowedSteps(me))));
    }

    @Override
    public Map<UUID, String> evidenceNames(TrainingPlanId plan) {
        return uc.read(READ, () -> files.names(attachments(existing(plan))));
    }

    @Override
    public StoredFile evidence(TrainingPlanId plan, UUID attachment) {
        return uc.read(READ, () -> {
            if (!attachments(existing(plan)).contains(attachment)) {
                throw new NotFound("Attachment", attachment);
            }
            return files.byId(attachment).orElseThrow(() -> new NotFound("Attachment", attachment));
        });
    }

    @Override
    public List<AppraisalResult> appraisals(Period.Quarter quarter) {
        return uc.read(READ, () -> results.between(quarter, quarter));
    }

    @Override
    public TrainingCompletion trainingCompletion(Period period) {
        return uc.read(READ, () -> TrainingCompletion.of(plans.ofYears(period.year(), period.year()), period,
                uc.calendar().today()));
    }

    @Override
    public AppraisalPassRate passRate(Period.Quarter quarter) {
        return uc.read(READ, () -> AppraisalPassRate.of(results.between(quarter, quarter), quarter));
    }

    @Override
    public List<Member> staff() {
        return uc.read(READ, () -> {
            var operations = departments.all().stream().filter(d -> d.kind() == DepartmentKind.OPERATIONS)
                    .map(Department::id).toList();
            return people.all().stream().filter(p -> p.isActive() && operations.contains(p.departmentId()))
                    .sorted(Comparator.comparing(Person::name)).map(p -> new Member(p.id(), p.name())).toList();
        });
    }

    private TrainingPlan existing(TrainingPlanId id) {
        return plans.byId(id).orElseThrow(() -> new NotFound(PLAN.entity(), id));
    }

    /** The files the plan's completions attach, course by course in the order the attendees were named. */
    private static List<UUID> attachments(TrainingPlan plan) {
        return plan.courses().stream().flatMap(course -> course.attendees().stream()
                        .flatMap(person -> course.attendanceOf(person).flatMap(Attendance::completion).stream()))
                .map(Attendance.Completion::evidence)
                .flatMap(evidence -> evidence instanceof TrainingEvidence.Attachment(var file)
                        ? Stream.of(file) : Stream.empty())
                .toList();
    }

    private void person(PersonId id) {
        people.byId(id).orElseThrow(() -> new NotFound("Person", id));
    }

    private static Map<String, String> snapshot(TrainingPlan plan) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("year", plan.year().key());
        for (var course : plan.courses()) {
            fields.put("course." + course.code(), course.title() + " · " + course.due() + " · "
                    + course.completedOnTime().size() + "/" + course.attendees().size() + " · attended "
                    + course.attendance().size());
        }
        return fields;
    }

    private static Map<String, String> snapshot(AppraisalResult result) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("person", result.person().toString());
        fields.put("quarter", result.quarter().key());
        fields.put("score", Integer.toString(result.score()));
        fields.put("passMark", Integer.toString(result.passMark()));
        fields.put("reviewer", result.reviewer().toString());
        return fields;
    }
}
