package dev.opscharter.adapters.ui.team;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.kit.FileLink;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.team.Attendance;
import dev.opscharter.domain.team.AttendanceStatus;
import dev.opscharter.domain.team.Course;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlanId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who must attend a course, each with the day they attended, the day they completed it, its evidence, who recorded
 * the completion and their state today (due, completed on time, late, missing) as the domain judges it. A file as
 * evidence shows by its name as a link that downloads it through the use case when clicked. Ids:
 * {@code team-attendance-title}, {@code team-attendance-grid}, {@code team-evidence-<person id>}.
 */
final class AttendanceList extends Composite<VerticalLayout> {

    /** An attendee of the course shown. */
    record Attendee(Course course, PersonId person) {
    }

    private final TeamQueries queries;
    private final TeamTexts texts;
    private Optional<TrainingPlanId> plan = Optional.empty();
    private Map<UUID, String> fileNames = Map.of();
    private final H3 title = new H3();
    private final Grid<Attendee> grid = new Grid<>();

    AttendanceList(TeamQueries queries, TeamTexts texts) {
        this.queries = queries;
        this.texts = texts;
        title.setId("team-attendance-title");
        grid.setId("team-attendance-grid");
        grid.addColumn(a -> texts.person(a.person())).setHeader(texts.t("team.attendance.person"))
                .setAutoWidth(true);
        grid.addColumn(a -> record(a).map(r -> Formats.date(r.attendedOn())).orElse(""))
                .setHeader(texts.t("team.attendance.attended-on")).setAutoWidth(true);
        grid.addColumn(a -> completion(a).map(c -> Formats.date(c.on())).orElse(""))
                .setHeader(texts.t("team.attendance.completed-on")).setAutoWidth(true);
        grid.addComponentColumn(this::evidence)
                .setHeader(texts.t("team.attendance.evidence")).setFlexGrow(3);
        grid.addColumn(a -> completion(a).map(c -> texts.user(c.recordedBy())).orElse(""))
                .setHeader(texts.t("team.attendance.recorded-by")).setAutoWidth(true);
        grid.addComponentColumn(a -> texts.status(AttendanceStatus.of(a.course(), a.person(),
                        LocalDate.now(Formats.timeZone()))))
                .setHeader(texts.t("team.attendance.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var content = getContent();
        content.setPadding(false);
        content.add(title, grid);
        show(Optional.empty());
    }

    /** The plan whose courses are shown next, with the names of the files its completions attach. */
    void plan(Optional<TrainingPlanId> shown) {
        fileNames = shown.map(queries::evidenceNames).orElse(Map.of());
        plan = shown;
    }

    void show(Optional<Course> course) {
        title.setText(course.map(c -> texts.t("team.attendance.of", c.code(), c.title()))
                .orElseGet(() -> texts.t("team.attendance.none")));
        grid.setItems(course.map(c -> c.attendees().stream().map(p -> new Attendee(c, p)).toList())
                .orElse(List.of()));
    }

    private Component evidence(Attendee attendee) {
        return completion(attendee).<Component>map(c -> switch (c.evidence()) {
            case TrainingEvidence.Attachment(var file) when plan.isPresent() && fileNames.containsKey(file) ->
                    FileLink.of("team-evidence-" + attendee.person(), fileNames.get(file),
                            () -> queries.evidence(plan.get(), file));
            case TrainingEvidence evidence -> new Span(texts.evidence(evidence));
        }).orElseGet(Span::new);
    }

    private static Optional<Attendance> record(Attendee attendee) {
        return attendee.course().attendanceOf(attendee.person());
    }

    private static Optional<Attendance.Completion> completion(Attendee attendee) {
        return record(attendee).flatMap(Attendance::completion);
    }
}
