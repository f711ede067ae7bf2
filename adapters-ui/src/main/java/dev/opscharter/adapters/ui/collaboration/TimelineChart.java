package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.Milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import static dev.opscharter.adapters.ui.shared.SvgMarks.escape;
import static dev.opscharter.adapters.ui.shared.SvgMarks.line;
import static dev.opscharter.adapters.ui.shared.SvgMarks.number;
import static dev.opscharter.adapters.ui.shared.SvgMarks.text;

/**
 * A project's timeline, drawn on the server as SVG like the targets' trend: one lane per department with a part,
 * its milestones on a date axis from the project's start — done ones green, open ones blue, overdue ones (of a running project) red —
 * and today marked by a dashed line. Each milestone names itself, its due day and its state on hover. Ids:
 * {@code project-timeline}, and {@code project-timeline-empty} while no department has a part.
 */
final class TimelineChart extends Composite<Div> {

    static final String DONE = "#2e7d32";
    static final String OPEN = "#1f5fa8";
    static final String OVERDUE = "#c62828";
    static final String TODAY = "#c77700";
    private static final String MUTED = "#6b7280";
    private static final String LANE = "#e5e7eb";
    private static final int WIDTH = 640;
    private static final int LANE_HEIGHT = 30;
    private static final int TOP = 22;
    private static final int BOTTOM = 24;
    private static final int MIN_LEFT = 60;
    private static final int MAX_LEFT = 200;
    private static final int RIGHT = 16;
    private static final int FONT = 10;

    TimelineChart(CrossDepartmentProject project, LocalDate today, CollaborationTexts texts) {
        getContent().setId("project-timeline");
        getContent().setWidthFull();
        if (project.departments().isEmpty()) {
            var none = new Span(texts.t("collaboration.timeline.empty"));
            none.setId("project-timeline-empty");
            none.addClassName("muted");
            getContent().add(none);
            return;
        }
        var chart = new Svg(svg(project, today, texts));
        chart.getStyle().set("display", "block").set("width", "100%").set("max-width", WIDTH + "px");
        getContent().add(chart);
    }

    /** The chart as SVG text, for a project with at least one department's part. */
    static String svg(CrossDepartmentProject project, LocalDate today, CollaborationTexts texts) {
        var lanes = project.departments();
        var axis = Axis.of(project, today);
        var labels = lanes.stream().map(texts::department).toList();
        int left = (int) Math.ceil(Math.clamp(labels.stream().mapToDouble(l -> width(l, FONT)).max().orElse(0) + 12,
                MIN_LEFT, MAX_LEFT));
        int height = TOP + lanes.size() * LANE_HEIGHT + BOTTOM;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\" role=\"img\" aria-label=\"")
                .append(escape(texts.t("collaboration.timeline"))).append("\">");
        for (int lane = 0; lane < lanes.size(); lane++) {
            double y = laneY(lane);
            svg.append(line(left, y, WIDTH - RIGHT, y, LANE, ""));
            svg.append(text(left - 6, y + 4, "end", MUTED, labels.get(lane), FONT));
        }
        int bottom = height - BOTTOM;
        svg.append(text(left, height - 6, "start", MUTED, texts.date(axis.first()), FONT));
        svg.append(text(WIDTH - RIGHT, height - 6, "end", MUTED, texts.date(axis.last()), FONT));
        double todayX = axis.x(today, left);
        svg.append(line(todayX, TOP - 6, todayX, bottom, TODAY, " stroke-dasharray=\"4 3\" data-today=\"true\""));
        svg.append(text(todayX, TOP - 10, "middle", TODAY, texts.t("collaboration.timeline.today"), FONT));
        var overdue = project.overdueMilestones(today);
        for (var milestone : project.milestones()) {
            int lane = lanes.indexOf(milestone.owner());
            if (lane < 0) {
                continue;
            }
            svg.append(mark(milestone, overdue.contains(milestone), axis.x(milestone.dueOn(), left), laneY(lane),
                    texts));
        }
        return svg.append("</svg>").toString();
    }

    private static String mark(Milestone milestone, boolean overdue, double x, double y, CollaborationTexts texts) {
        var state = milestone.isDone() ? "done" : overdue ? "overdue" : "open";
        var colour = switch (state) {
            case "done" -> DONE;
            case "overdue" -> OVERDUE;
            default -> OPEN;
        };
        var title = milestone.title() + " · " + texts.date(milestone.dueOn()) + " · "
                + texts.t("collaboration.milestone.state." + state);
        double r = 6;
        // a diamond, the usual sign of a milestone
        return "<polygon class=\"milestone " + state + "\" points=\"" + number(x) + "," + number(y - r) + " "
                + number(x + r) + "," + number(y) + " " + number(x) + "," + number(y + r) + " " + number(x - r) + ","
                + number(y) + "\" fill=\"" + colour + "\"><title>" + escape(title) + "</title></polygon>"
                + text(x, y - r - 3, "middle", colour, milestone.title(), FONT - 1);
    }

    private static double laneY(int lane) {
        return TOP + lane * LANE_HEIGHT + LANE_HEIGHT / 2.0;
    }

    /** About how wide a text is drawn: 0.6 em a Latin letter, 1 em a Chinese character (no font on the server). */
    private static double width(String text, int fontSize) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.6 : 1.0).sum() * fontSize;
    }

    /** The days shown: from the start (or an earlier today) to the last due day (or a later today), a week more. */
    private record Axis(LocalDate first, LocalDate last) {

        static Axis of(CrossDepartmentProject project, LocalDate today) {
            var days = Stream.concat(Stream.of(project.startsOn(), today),
                    project.milestones().stream().map(Milestone::dueOn)).toList();
            var first = days.stream().min(LocalDate::compareTo).orElse(today);
            var last = days.stream().max(LocalDate::compareTo).orElse(today).plusDays(7);
            return new Axis(first, last);
        }

        double x(LocalDate day, int left) {
            long length = Math.max(1, ChronoUnit.DAYS.between(first, last));
            return left + (double) ChronoUnit.DAYS.between(first, day) * (WIDTH - left - RIGHT) / length;
        }
    }
}
