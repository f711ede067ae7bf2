package dev.opscharter.adapters.persistence.team;

import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.team.Attendance;
import dev.opscharter.domain.team.Course;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan's courses in {@code training_course} and their attendees, each with attendance and completion, in
 * {@code training_attendee}. Courses are only ever added and an attendee's row only ever fills in (the database
 * holds both to it), so writing sends the whole plan in one statement per table, as arrays, and the database keeps
 * what it has and takes what is new: recording one attendance of a plan with thousands is two round trips, not one
 * per row. Reading fetches them for all plans at once, in one index range each.
 */
final class TrainingPlanRows {

    private final JdbcClient jdbc;

    TrainingPlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(TrainingPlan plan) {
        var courses = plan.courses();
        if (courses.isEmpty()) {
            return;
        }
        var id = plan.id().value();
        jdbc.sql("""
                        insert into training_course (plan_id, code, position, title, due)
                        select :plan, code, position - 1, title, cast(due as date)
                        from unnest(:codes, :titles, :dues) with ordinality as c(code, title, due, position)
                        on conflict (plan_id, code) do nothing""")
                .param("plan", id)
                .param("codes", courses.stream().map(Course::code).toArray(String[]::new), Types.ARRAY)
                .param("titles", courses.stream().map(Course::title).toArray(String[]::new), Types.ARRAY)
                .param("dues", courses.stream().map(c -> c.due().toString()).toArray(String[]::new), Types.ARRAY)
                .update();
        var rows = new AttendeeRows();
        courses.forEach(rows::add);
        rows.bind(jdbc.sql("""
                        insert into training_attendee (plan_id, course_code, person_id, position, attended_on,
                            attended_by, completed_on, evidence_attachment, evidence_note, completed_by)
                        select :plan, code, person, position, cast(attended_on as date), attended_by,
                            cast(completed_on as date), attachment, note, completed_by
                        from unnest(:codes, :people, :positions, :attendedOn, :attendedBy, :completedOn, :attachments,
                            :notes, :completedBy)
                            as a(code, person, position, attended_on, attended_by, completed_on, attachment, note,
                                completed_by)
                        on conflict (plan_id, course_code, person_id) do update set
                            attended_on = excluded.attended_on, attended_by = excluded.attended_by,
                            completed_on = excluded.completed_on, evidence_attachment = excluded.evidence_attachment,
                            evidence_note = excluded.evidence_note, completed_by = excluded.completed_by
                        where (training_attendee.attended_on is null and excluded.attended_on is not null)
                           or (training_attendee.completed_on is null and excluded.completed_on is not null)""")
                .param("plan", id)).update();
    }

    /** The plans with their courses and records, in the order given. */
    List<TrainingPlan> attach(List<TrainingPlan> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        var ids = headers.stream().map(plan -> plan.id().value()).toArray(UUID[]::new);
        var attendees = new HashMap<CourseKey, List<PersonId>>();
        var attendance = new HashMap<CourseKey, Map<PersonId, Attendance>>();
        jdbc.sql("""
                        select plan_id, course_code, person_id, attended_on, attended_by, completed_on,
                            evidence_attachment, evidence_note, completed_by
                        from training_attendee where plan_id = any(:ids)
                        order by plan_id, course_code, position""")
                .param("ids", ids, Types.ARRAY)
                .query(rs -> {
                    var key = new CourseKey(rs.getObject("plan_id", UUID.class), rs.getString("course_code"));
                    var person = new PersonId(rs.getObject("person_id", UUID.class));
                    attendees.computeIfAbsent(key, k -> new ArrayList<>()).add(person);
                    var on = rs.getObject("attended_on", LocalDate.class);
                    if (on != null) {
                        attendance.computeIfAbsent(key, k -> new HashMap<>()).put(person,
                                new Attendance(on, rs.getString("attended_by"), completion(rs)));
                    }
                });
        var courses = new HashMap<UUID, List<Course>>();
        jdbc.sql("select plan_id, code, title, due from training_course where plan_id = any(:ids)"
                        + " order by plan_id, position")
                .param("ids", ids, Types.ARRAY)
                .query(rs -> {
                    var key = new CourseKey(rs.getObject("plan_id", UUID.class), rs.getString("code"));
                    courses.computeIfAbsent(key.plan(), k -> new ArrayList<>()).add(new Course(key.code(),
                            rs.getString("title"), rs.getObject("due", LocalDate.class),
                            attendees.getOrDefault(key, List.of()), attendance.getOrDefault(key, Map.of())));
                });
        return headers.stream().map(plan -> new TrainingPlan(plan.id(), plan.year(),
                courses.getOrDefault(plan.id().value(), List.of()), plan.version())).toList();
    }

    private static Optional<Attendance.Completion> completion(ResultSet rs) throws SQLException {
        var on = rs.getObject("completed_on", LocalDate.class);
        if (on == null) {
            return Optional.empty();
        }
        var attachment = rs.getObject("evidence_attachment", UUID.class);
        TrainingEvidence evidence = attachment != null ? new TrainingEvidence.Attachment(attachment)
                : new TrainingEvidence.Note(rs.getString("evidence_note"));
        return Optional.of(new Attendance.Completion(on, evidence, rs.getString("completed_by")));
    }

    private record CourseKey(UUID plan, String code) {
    }

    /** The attendees' rows, one list per column, bound as arrays (days as ISO text, cast back in SQL). */
    private static final class AttendeeRows {
        private final List<String> codes = new ArrayList<>();
        private final List<UUID> people = new ArrayList<>();
        private final List<Integer> positions = new ArrayList<>();
        private final List<@Nullable String> attendedOn = new ArrayList<>();
        private final List<@Nullable String> attendedBy = new ArrayList<>();
        private final List<@Nullable String> completedOn = new ArrayList<>();
        private final List<@Nullable UUID> attachments = new ArrayList<>();
        private final List<@Nullable String> notes = new ArrayList<>();
        private final List<@Nullable String> completedBy = new ArrayList<>();

        void add(Course course) {
            var attendees = course.attendees();
            for (int position = 0; position < attendees.size(); position++) {
                var person = attendees.get(position);
                codes.add(course.code());
                people.add(person.value());
                positions.add(position);
                var attendance = course.attendanceOf(person);
                attendedOn.add(attendance.map(a -> a.attendedOn().toString()).orElse(null));
                attendedBy.add(attendance.map(Attendance::recordedBy).orElse(null));
                var completion = attendance.flatMap(Attendance::completion);
                completedOn.add(completion.map(c -> c.on().toString()).orElse(null));
                completedBy.add(completion.map(Attendance.Completion::recordedBy).orElse(null));
                var evidence = completion.map(Attendance.Completion::evidence);
                attachments.add(evidence.map(e -> e instanceof TrainingEvidence.Attachment(var file) ? file : null)
                        .orElse(null));
                notes.add(evidence.map(e -> e instanceof TrainingEvidence.Note(var text) ? text : null).orElse(null));
            }
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.param("codes", codes.toArray(String[]::new), Types.ARRAY)
                    .param("people", people.toArray(UUID[]::new), Types.ARRAY)
                    .param("positions", positions.stream().mapToInt(Integer::intValue).toArray(), Types.ARRAY)
                    .param("attendedOn", attendedOn.toArray(String[]::new), Types.ARRAY)
                    .param("attendedBy", attendedBy.toArray(String[]::new), Types.ARRAY)
                    .param("completedOn", completedOn.toArray(String[]::new), Types.ARRAY)
                    .param("attachments", attachments.toArray(UUID[]::new), Types.ARRAY)
                    .param("notes", notes.toArray(String[]::new), Types.ARRAY)
                    .param("completedBy", completedBy.toArray(String[]::new), Types.ARRAY);
        }
    }
}
