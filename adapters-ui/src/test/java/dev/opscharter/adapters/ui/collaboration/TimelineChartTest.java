package dev.opscharter.adapters.ui.collaboration;

import dev.opscharter.adapters.ui.shared.Translations;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.collaboration.MilestoneId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.collaboration.ProjectStatus;
import dev.opscharter.domain.collaboration.Responsibility;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's timeline as SVG text: a lane per department with a part, in the project's order; milestones on the
 * date axis coloured by done, open or overdue; today marked; nothing overdue once the project is finished.
 */
class TimelineChartTest {

    static final DepartmentCode MARKETING = new DepartmentCode("MARKETING");
    static final DepartmentCode SALES = new DepartmentCode("SALES");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    private static final Pattern MARK = Pattern.compile(
            "<polygon class=\"milestone (\\w+)\" points=\"([\\d.]+),([\\d.]+) [^\"]*\" fill=\"(#\\w+)\"><title>([^<]*)</title>");
    private static final Pattern TODAY_LINE = Pattern.compile("<line x1=\"([\\d.]+)\"[^>]*data-today=\"true\"/>");

    private static CollaborationTexts texts(Locale locale) {
        var translations = new Translations();
        var departments = List.of(
                Department.create(MARKETING, new BilingualName("市场部", "Marketing"), DepartmentKind.FUNCTIONAL),
                Department.create(SALES, new BilingualName("销售部", "Sales"), DepartmentKind.FUNCTIONAL));
        return new CollaborationTexts((key, arguments) -> translations.getTranslation(key, locale, arguments),
                locale, departments, UnaryOperator.identity());
    }

    private static Milestone milestone(String title, DepartmentCode owner, LocalDate due, Optional<LocalDate> done) {
        return new Milestone(MilestoneId.random(), title, owner, due, done);
    }

    private static CrossDepartmentProject project(ProjectStatus status, Milestone... milestones) {
        return new CrossDepartmentProject(CrossDepartmentProjectId.random(), ProjectKind.PROJECT, "Satisfaction",
                "85 %", TODAY.minusDays(30), List.of(new Responsibility(SALES, "Calls"),
                new Responsibility(MARKETING, "Research")), List.of(milestones), status, "manager",
                Instant.parse("2026-04-14T02:00:00Z"), 1);
    }

    @Test
    void each_department_has_a_lane_and_its_milestones_are_coloured_by_where_they_stand_with_today_marked() {
        var svg = TimelineChart.svg(project(ProjectStatus.ACTIVE,
                milestone("Research <report>", MARKETING, TODAY.minusDays(3), Optional.empty()),
                milestone("Survey sent", MARKETING, TODAY.minusDays(10), Optional.of(TODAY.minusDays(11))),
                milestone("Calls done", SALES, TODAY.plusDays(20), Optional.empty())), TODAY, texts(Locale.ENGLISH));

        assertThat(svg.indexOf(">Sales</text>")).as("the lanes in the project's order")
                .isLessThan(svg.indexOf(">Marketing</text>")).isPositive();
        var marks = MARK.matcher(svg).results().toList();
        assertThat(marks).extracting(m -> m.group(1)).containsExactly("done", "overdue", "open");
        assertThat(marks).extracting(m -> m.group(4))
                .containsExactly(TimelineChart.DONE, TimelineChart.OVERDUE, TimelineChart.OPEN);
        assertThat(marks.get(1).group(5)).isEqualTo("Research &lt;report&gt; · May 11, 2026 · Overdue");
        double survey = Double.parseDouble(marks.get(0).group(2));
        double research = Double.parseDouble(marks.get(1).group(2));
        double calls = Double.parseDouble(marks.get(2).group(2));
        var today = TODAY_LINE.matcher(svg);
        assertThat(today.find()).as("today marked").isTrue();
        double todayX = Double.parseDouble(today.group(1));
        assertThat(survey).isLessThan(research);
        assertThat(research).isLessThan(todayX);
        assertThat(todayX).isLessThan(calls);
        assertThat(Double.parseDouble(marks.get(0).group(3))).as("Marketing's lane")
                .isEqualTo(Double.parseDouble(marks.get(1).group(3)))
                .isGreaterThan(Double.parseDouble(marks.get(2).group(3)));
        assertThat(svg).contains(">Today</text>", ">Apr 14, 2026</text>");
    }

    @Test
    void a_cancelled_project_shows_no_milestone_overdue_and_chinese_names_its_lanes() {
        var svg = TimelineChart.svg(project(ProjectStatus.CANCELLED,
                milestone("调研报告", MARKETING, TODAY.minusDays(3), Optional.empty())), TODAY,
                texts(Locale.SIMPLIFIED_CHINESE));

        assertThat(svg).contains(">市场部</text>", ">销售部</text>", ">今天</text>", "class=\"milestone open\"")
                .doesNotContain(TimelineChart.OVERDUE);
    }
}
