package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTest {

    static final DutyType DUTY = new DutyType("CROSS_DEPARTMENT_COORDINATION");
    static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    static final Actor LEAD = Actor.user("lead", Set.of(Role.DEPARTMENT_LEAD));
    static final DepartmentCode FINANCE = new DepartmentCode("FINANCE");
    static final DepartmentCode OPERATIONS = new DepartmentCode("OPERATIONS");

    static final MeetingSeries SERIES = MeetingSeries.create("财务月度对账会", "核对运营成本", Set.of(FINANCE),
            new Recurrence.Monthly(5, LocalTime.of(14, 0)), MANAGER);

    static Meeting held(Meeting meeting) {
        return meeting.recordMinutes("对账完成", List.of("差异由财务在周五前说明"), SPECIALIST);
    }

    @Test
    void a_new_meeting_takes_its_series_departments_and_opens_its_agenda_with_the_topic() {
        var meeting = Meeting.schedule(SERIES, AT, Optional.empty(), id -> true);

        assertThat(meeting.series()).isEqualTo(SERIES.id());
        assertThat(meeting.departments()).containsExactly(FINANCE);
        assertThat(meeting.agenda()).containsExactly("核对运营成本");
        assertThat(meeting.carried()).isEmpty();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
    }

    @Test
    void the_next_meeting_carries_the_open_items_of_the_last_and_drops_the_finished_ones() {
        var done = WorkItemId.random();
        var open = WorkItemId.random();
        var first = held(Meeting.schedule(SERIES, AT, Optional.empty(), id -> true));
        var finished = ActionItem.of(FINANCE, "说明五月差异", LocalDate.of(2026, 6, 5), DUTY);
        var pending = ActionItem.of(OPERATIONS, "更新成本分摊表", LocalDate.of(2026, 6, 10), DUTY);
        var unregistered = ActionItem.of(FINANCE, "提交发票清单", LocalDate.of(2026, 6, 12), DUTY);
        first = first.addActionItem(finished, SPECIALIST).addActionItem(pending, SPECIALIST)
                .addActionItem(unregistered, SPECIALIST)
                .registered(finished.id(), done).registered(pending.id(), open);

        var second = Meeting.schedule(SERIES, AT.plusSeconds(86_400 * 30), Optional.of(first), open::equals);

        assertThat(second.carried()).extracting(ActionItem::title).containsExactly("更新成本分摊表", "提交发票清单");
        assertThat(second.carried().get(0).workItem()).contains(open);
    }

    @Test
    void an_item_still_open_after_two_meetings_is_carried_again() {
        var open = WorkItemId.random();
        var item = ActionItem.of(FINANCE, "说明五月差异", LocalDate.of(2026, 6, 5), DUTY);
        var first = held(Meeting.schedule(SERIES, AT, Optional.empty(), id -> true))
                .addActionItem(item, SPECIALIST).registered(item.id(), open);
        var second = Meeting.schedule(SERIES, AT.plusSeconds(1), Optional.of(first), id -> true);

        var third = Meeting.schedule(SERIES, AT.plusSeconds(2), Optional.of(second), id -> true);
        var fourth = Meeting.schedule(SERIES, AT.plusSeconds(3), Optional.of(third), id -> false);

        assertThat(third.carried()).extracting(ActionItem::id).containsExactly(item.id());
        assertThat(fourth.carried()).as("once its work item is done").isEmpty();
    }

    @Test
    void minutes_come_before_action_items_and_closing_makes_them_final() {
        var scheduled = Meeting.schedule(SERIES, AT, Optional.empty(), id -> true);
        var item = ActionItem.of(FINANCE, "说明五月差异", LocalDate.of(2026, 6, 5), DUTY);

        assertThat(scheduled.allowedSteps(SPECIALIST)).contains(Step.open(MeetingStep.EDIT_AGENDA),
                Step.open(MeetingStep.RECORD_MINUTES));
        assertThatThrownBy(() -> scheduled.addActionItem(item, SPECIALIST)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.no-minutes"));

        var held = held(scheduled.addToAgenda("六月预算", SPECIALIST));
        assertThat(held.agenda()).containsExactly("核对运营成本", "六月预算");
        assertThat(held.decisions()).containsExactly("差异由财务在周五前说明");
        assertThatThrownBy(() -> held.addToAgenda("迟到的议题", SPECIALIST)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.meeting-held"));

        var closed = held.addActionItem(item, SPECIALIST).close(MANAGER);
        assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(closed.allowedSteps(SPECIALIST)).noneMatch(Step::isOpen);
        assertThatThrownBy(() -> closed.recordMinutes("改写", List.of(), SPECIALIST)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.meeting-closed"));
    }

    @Test
    void a_department_lead_reads_the_minutes_but_does_not_take_them() {
        var meeting = Meeting.schedule(SERIES, AT, Optional.empty(), id -> true);

        assertThat(meeting.allowedSteps(LEAD)).isEmpty();
        assertThatThrownBy(() -> held(meeting).close(LEAD)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.minutes-only"));
        assertThatThrownBy(() -> meeting.recordMinutes("x", List.of(), LEAD)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void only_management_sets_up_and_ends_a_series_and_an_ended_series_has_no_next_meeting() {
        assertThatThrownBy(() -> MeetingSeries.create("周会", "业务进展", Set.of(FINANCE),
                new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.NOON), SPECIALIST))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.manage-only"));

        var ended = SERIES.end(MANAGER);

        assertThat(SERIES.nextAfter(AT, RecurrenceTest.SHANGHAI)).isPresent();
        assertThat(ended.nextAfter(AT, RecurrenceTest.SHANGHAI)).isEmpty();
        assertThatThrownBy(() -> ended.end(MANAGER)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.series-ended"));
    }
}
