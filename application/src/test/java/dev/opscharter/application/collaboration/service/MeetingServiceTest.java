package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.application.collaboration.port.in.ManageMeetings.NewSeries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingStep;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static dev.opscharter.application.collaboration.service.CollaborationFixture.FINANCE;
import static dev.opscharter.application.collaboration.service.CollaborationFixture.IT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingServiceTest {

    final CollaborationFixture f = new CollaborationFixture();
    final MeetingService service = f.meetingService;

    /** A meeting held with its minutes taken by the specialist. */
    MeetingId held(MeetingId id) {
        f.charter.actAs(f.charter.specialist);
        service.recordMinutes(id, "五月成本已对账", List.of("IT 在月底前上线费用分摊报表"), f.stored(id).version());
        return id;
    }

    @Test
    void the_schedule_creates_the_next_meeting_in_the_organizations_zone_once() {
        var series = f.financeMonthly();

        var first = f.scheduled(series);
        var again = f.scheduled(series);

        assertThat(again).isEqualTo(first);
        assertThat(f.meetings.count()).isEqualTo(1);
        // 14 May 2026 is past the 5th: the next is 5 June, 14:00 in Shanghai.
        assertThat(f.stored(first).scheduledAt()).isEqualTo(Instant.parse("2026-06-05T06:00:00Z"));
        assertThat(f.stored(first).departments()).containsExactly(FINANCE);
        assertThat(f.charter.org.auditLog.entries()).filteredOn(e -> e.entityType().equals("Meeting"))
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.CREATE));
    }

    @Test
    void the_leads_of_the_departments_taking_part_and_the_managers_are_told_of_a_new_meeting_once() {
        var series = f.financeMonthly();

        var meeting = f.scheduled(series);
        f.scheduled(series);

        var told = f.charter.notifications.sent().stream()
                .filter(n -> n.subjectKey().equals(MeetingNotices.SCHEDULED)).toList();
        assertThat(told).extracting(n -> n.recipient()).containsExactlyInAnyOrder("finance.lead", "manager");
        assertThat(told).allSatisfy(n -> {
            assertThat(n.arguments()).containsExactly("财务月度对账会", "2026-06-05 14:00");
            assertThat(n.link()).endsWith(meeting.toString());
        });
    }

    @Test
    void an_action_item_for_another_department_is_redirected_to_its_lead_citing_the_charter_line() {
        var meeting = held(f.scheduled(f.financeMonthly()));

        var workItem = service.addActionItem(RequestKey.fresh(), meeting, new NewActionItem(IT, "上线费用分摊报表",
                LocalDate.of(2026, 6, 30), "SYSTEM_DEVELOPMENT"), f.stored(meeting).version());

        var item = f.charter.workItems.byId(workItem).orElseThrow();
        assertThat(item.status()).isEqualTo(WorkItemStatus.HANDED_OVER);
        assertThat(item.decision()).isInstanceOfSatisfying(BoundaryDecision.Redirect.class, redirect -> {
            assertThat(redirect.owner()).isEqualTo(f.charter.it.id());
            assertThat(redirect.citation().charterVersion()).isEqualTo(1);
        });
        assertThat(item.dueOn()).contains(LocalDate.of(2026, 6, 30));
        assertThat(f.stored(meeting).actionItems()).singleElement()
                .satisfies(a -> assertThat(a.workItem()).contains(workItem));
    }

    @Test
    void an_action_item_is_added_and_registered_once_per_request() {
        var meeting = held(f.scheduled(f.financeMonthly()));
        var request = RequestKey.fresh();
        var version = f.stored(meeting).version();
        var draft = new NewActionItem(FINANCE, "说明五月差异", LocalDate.of(2026, 6, 10),
                "CROSS_DEPARTMENT_COORDINATION");

        var first = service.addActionItem(request, meeting, draft, version);
        var repeated = service.addActionItem(request, meeting, draft, version);

        assertThat(repeated).isEqualTo(first);
        assertThat(f.stored(meeting).actionItems()).hasSize(1);
        assertThat(f.charter.workItems.all()).hasSize(1);
    }

    @Test
    void the_next_meeting_lists_the_open_items_and_not_the_one_the_lead_completed() {
        var series = f.financeMonthly();
        var meeting = held(f.scheduled(series));
        var forIt = service.addActionItem(RequestKey.fresh(), meeting, new NewActionItem(IT, "上线费用分摊报表",
                LocalDate.of(2026, 6, 30), "SYSTEM_DEVELOPMENT"), f.stored(meeting).version());
        service.addActionItem(RequestKey.fresh(), meeting, new NewActionItem(FINANCE, "说明五月差异",
                LocalDate.of(2026, 6, 10), "CROSS_DEPARTMENT_COORDINATION"), f.stored(meeting).version());

        f.charter.actAs(f.charter.itLead);
        f.charter.workItemService().complete(forIt, "报表已上线",
                f.charter.workItems.byId(forIt).orElseThrow().version());
        f.charter.org.clock.set(Instant.parse("2026-06-05T08:00:00Z"));
        var next = f.scheduled(series);

        assertThat(f.stored(next).scheduledAt()).isEqualTo(Instant.parse("2026-07-05T06:00:00Z"));
        assertThat(f.stored(next).carried()).extracting(ActionItem::title).containsExactly("说明五月差异");
        f.charter.actAs(f.charter.financeLead);
        assertThat(service.openItems(meeting)).extracting(ActionItem::title).containsExactly("说明五月差异");
    }

    @Test
    void an_item_agreed_after_the_next_meeting_was_scheduled_is_carried_into_it_until_done() {
        var series = f.financeMonthly();
        var meeting = f.scheduled(series);
        f.charter.org.clock.set(Instant.parse("2026-06-05T08:00:00Z"));
        var next = f.scheduled(series);
        held(meeting);

        service.addActionItem(RequestKey.fresh(), meeting, new NewActionItem(FINANCE, "说明五月差异",
                LocalDate.of(2026, 6, 10), "CROSS_DEPARTMENT_COORDINATION"), f.stored(meeting).version());
        var forIt = service.addActionItem(RequestKey.fresh(), meeting, new NewActionItem(IT, "上线费用分摊报表",
                LocalDate.of(2026, 6, 30), "SYSTEM_DEVELOPMENT"), f.stored(meeting).version());

        assertThat(f.stored(next).carried()).extracting(ActionItem::title)
                .containsExactly("说明五月差异", "上线费用分摊报表");
        f.charter.actAs(f.charter.itLead);
        f.charter.workItemService().complete(forIt, "报表已上线",
                f.charter.workItems.byId(forIt).orElseThrow().version());
        assertThat(service.openItems(next)).extracting(ActionItem::title).containsExactly("说明五月差异");
    }

    @Test
    void a_rescheduled_series_creates_its_next_meeting_on_the_new_rhythm() {
        var series = f.financeMonthly();
        f.charter.actAs(f.charter.manager);
        service.reschedule(series, new Recurrence.Weekly(DayOfWeek.FRIDAY, LocalTime.of(9, 30)),
                f.series.byId(series).orElseThrow().version());

        var next = f.scheduled(series);

        // Thursday 14 May 2026 in Shanghai: the next Friday 09:30 is the next day.
        assertThat(f.stored(next).scheduledAt()).isEqualTo(Instant.parse("2026-05-15T01:30:00Z"));
        assertThat(service.series()).singleElement()
                .satisfies(s -> assertThat(s.recurrence()).isInstanceOf(Recurrence.Weekly.class));
    }

    @Test
    void an_ended_series_schedules_nothing_more() {
        var series = f.financeMonthly();
        f.charter.actAs(f.charter.manager);
        service.end(series, f.series.byId(series).orElseThrow().version());

        assertThat(f.as(Actor.SCHEDULE, () -> service.scheduleNext(series))).isEmpty();
        assertThat(f.meetings.count()).isZero();
    }

    @Test
    void department_leads_and_the_auditor_read_meetings_but_do_not_take_minutes_or_set_up_series() {
        var meeting = f.scheduled(f.financeMonthly());

        f.charter.actAs(f.charter.financeLead);
        assertThat(service.meeting(meeting).steps()).isEmpty();
        assertThat(service.meetings(PageRequest.first(10))).extracting(m -> m.id()).containsExactly(meeting);
        assertThatThrownBy(() -> service.recordMinutes(meeting, "x", List.of(), 0))
                .isInstanceOf(AccessDenied.class);
        f.charter.actAs(f.charter.auditor);
        assertThat(service.countMeetings()).isEqualTo(1);
        f.charter.actAs(f.charter.specialist);
        assertThat(service.meeting(meeting).step(MeetingStep.RECORD_MINUTES)).hasValueSatisfying(
                step -> assertThat(step.isOpen()).isTrue());
        assertThatThrownBy(() -> service.setUp(RequestKey.fresh(), new NewSeries("周会", "业务进展", Set.of(FINANCE),
                new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.NOON)))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_change_to_a_meeting_someone_else_changed_meanwhile_is_refused_and_the_rules_hold() {
        var meeting = held(f.scheduled(f.financeMonthly()));

        assertThatThrownBy(() -> service.addToAgenda(meeting, "迟到的议题", 0))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.addToAgenda(meeting, "迟到的议题", f.stored(meeting).version()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.collaboration.meeting-held"));
    }
}
