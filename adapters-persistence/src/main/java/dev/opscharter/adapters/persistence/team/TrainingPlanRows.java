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
 * A plan's courses, attendees, attendance and completions in {@code training_course}, {@code training_attendee},
 * {@code training_attendance} and {@code training_completion}. All are only ever added (append-only in the
 * database), so writing inserts, one statement per table, whatever is not stored yet: recording one attendance of
 * a plan with thousands is one round trip per table, not one per row. Reading fetches them for all plans at once.
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
        var course = new Rows();
        var attendee = new Rows();
        var attended = new Rows();
        var completed = new Rows();
        for (var c : courses) {
            course.of(c.code(), null).day(c.due(), c.title());
            var people = c.attendees();
            for (int position = 0; position < people.size(); position++) {
                var person = people.get(position);
                attendee.of(c.code(), person).positions.add(position);
                c.attendanceOf(person).ifPresent(attendance -> {
                    attended.of(c.code(), person).day(attendance.attendedOn(), attendance.recordedBy());
                    attendance.completion().ifPresent(done -> completed.of(c.code(), person)
                            .day(done.on(), done.recordedBy()).evidence(done.evidence()));
                });
            }
        }
        var id = plan.id().value();
        course.insert(jdbc, id, """
                insert into training_course (plan_id, code, position, title, due)
                select :plan, code, position - 1, by, cast(day as date)
                from unnest(:codes, :days, :by) with ordinality as c(code, day, by, position)
                on conflict (plan_id, code) do nothing""");
        attendee.insert(jdbc, id, """
                insert into training_attendee (plan_id, course_code, person_id, position)
                select :plan, code, person, position
                from unnest(:codes, :people, :positions) as a(code, person, position)
                on conflict (plan_id, course_code, person_id) do nothing""");
        attended.insert(jdbc, id, """
                insert into training_attendance (plan_id, course_code, person_id, attended_on, recorded_by)
                select :plan, code, person, cast(day as date), by
                from unnest(:codes, :people, :days, :by) as a(code, person, day, by)
                on conflict (plan_id, course_code, person_id) do nothing""");
        completed.insert(jdbc, id, """
                insert into training_completion (plan_id, course_code, person_id, completed_on,
                    evidence_attachment, evidence_note, recorded_by)
                select :plan, code, person, cast(day as date), attachment, note, by
                from unnest(:codes, :people, :days, :attachments, :notes, :by)
                    as c(code, person, day, attachment, note, by)
                on conflict (plan_id, course_code, person_id) do nothing""");
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
                        select a.plan_id, a.course_code, a.person_id, t.attended_on, t.recorded_by as attended_by,
                            c.completed_on, c.evidence_attachment, c.evidence_note, c.recorded_by as completed_by
                        from training_attendee a
                            left join training_attendance t on t.plan_id = a.plan_id
                                and t.course_code = a.course_code and t.person_id = a.person_id
                            left join training_completion c on c.plan_id = a.plan_id
                                and c.course_code = a.course_code and c.person_id = a.person_id
                        where a.plan_id = any(:ids)
                        order by a.plan_id, a.course_code, a.position""")
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
                .query((rs, row) -> {
                    var key = new CourseKey(rs.getObject("plan_id", UUID.class), rs.getString("code"));
                    return Map.entry(key.plan(), new Course(key.code(), rs.getString("title"),
                            rs.getObject("due", LocalDate.class), attendees.getOrDefault(key, List.of()),
                            attendance.getOrDefault(key, Map.of())));
                })
                .list()
                .forEach(e -> courses.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
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

    /**
     * The rows of one table to insert, one array per column, bound as parameters of those names: one statement
     * whatever their number. A statement names only the columns its table has.
     */
    private static final class Rows {
        private final List<String> codes = new ArrayList<>();
        private final List<@Nullable UUID> people = new ArrayList<>();
        private final List<Integer> positions = new ArrayList<>();
        private final List<String> days = new ArrayList<>();
        private final List<String> by = new ArrayList<>();
        private final List<@Nullable UUID> attachments = new ArrayList<>();
        private final List<@Nullable String> notes = new ArrayList<>();

        Rows of(String code, @Nullable PersonId person) {
            codes.add(code);
            people.add(person == null ? null : person.value());
            return this;
        }

        /** The row's day and a text: who recorded it (a course's: its title). */
        Rows day(LocalDate day, String text) {
            days.add(day.toString());
            by.add(text);
            return this;
        }

        void evidence(TrainingEvidence evidence) {
            switch (evidence) {
                case TrainingEvidence.Attachment(var id) -> {
                    attachments.add(id);
                    notes.add(null);
                }
                case TrainingEvidence.Note(var text) -> {
                    attachments.add(null);
                    notes.add(text);
                }
            }
        }

        void insert(JdbcClient jdbc, UUID plan, String sql) {
            if (codes.isEmpty()) {
                return;
            }
            var statement = jdbc.sql(sql).param("plan", plan);
            bind(statement, sql, "codes", codes.toArray(String[]::new));
            bind(statement, sql, "people", people.toArray(UUID[]::new));
            bind(statement, sql, "positions", positions.stream().mapToInt(Integer::intValue).toArray());
            bind(statement, sql, "days", days.toArray(String[]::new));
            bind(statement, sql, "by", by.toArray(String[]::new));
            bind(statement, sql, "attachments", attachments.toArray(UUID[]::new));
            bind(statement, sql, "notes", notes.toArray(String[]::new));
            statement.update();
        }

        private static void bind(JdbcClient.StatementSpec statement, String sql, String name, Object array) {
            if (sql.contains(":" + name)) {
                statement.param(name, array, Types.ARRAY);
            }
        }
    }
}
