package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One occurrence of a {@link MeetingSeries}: the departments taking part, the agenda, the minutes, the decisions and
 * the action items. The items still open from the previous meeting are carried into its agenda ({@code carried}),
 * so nothing agreed is forgotten until its work item is done.
 */
public record Meeting(MeetingId id, MeetingSeriesId series, String title, Set<DepartmentCode> departments,
                      Instant scheduledAt, List<String> agenda, List<ActionItem> carried, String minutes,
                      List<String> decisions, List<ActionItem> actionItems, MeetingStatus status, long version) {

    public static final int MAX_POINT = 500;
    public static final int MAX_MINUTES = 8000;

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(series, "series");
        title = Require.text(title, "title", MeetingSeries.MAX_TITLE);
        departments = Departments.atLeast(1, departments, "departments");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        agenda = agenda.stream().map(point -> Require.text(point, "agenda", MAX_POINT)).toList();
        carried = List.copyOf(carried);
        minutes = minutes == null ? "" : minutes.strip();
        decisions = decisions.stream().map(decision -> Require.text(decision, "decisions", MAX_POINT)).toList();
        actionItems = List.copyOf(actionItems);
        Objects.requireNonNull(status, "status");
    }

    /**
     * The series' next meeting at {@code at}: its topic opens the agenda, and the previous meeting's open items
     * ({@code workItemOpen} answers for those already registered) are carried into it.
     */
    public static Meeting schedule(MeetingSeries series, Instant at, Optional<Meeting> previous,
                                   Predicate<WorkItemId> workItemOpen) {
        var carried = previous.map(last -> last.openItems(workItemOpen)).orElse(List.of());
        return new Meeting(MeetingId.random(), series.id(), series.title(), series.departments(), at,
                List.of(series.topic()), carried, "", List.of(), List.of(), MeetingStatus.SCHEDULED, 0);
    }

    public Meeting withVersion(long next) {
        return new Meeting(id, series, title, departments, scheduledAt, agenda, carried, minutes, decisions,
                actionItems, status, next);
    }

    /** Every item of this meeting, its own and those carried into it, that is still open. */
    public List<ActionItem> openItems(Predicate<WorkItemId> workItemOpen) {
        return Stream.concat(carried.stream(), actionItems.stream())
                .filter(item -> item.isOpen(workItemOpen)).toList();
    }

    public boolean involves(DepartmentCode department) {
        return departments.contains(department);
    }

    // ---- steps

    public List<Step<MeetingStep>> allowedSteps(Actor by) {
        if (!by.may(CollaborationPermission.TAKE_MINUTES)) {
            return List.of();
        }
        return List.of(MeetingStep.values()).stream().map(step -> Step.of(step, guard(step, by))).toList();
    }

    public void requireStep(MeetingStep step, Actor by) {
        Refusal.enforce(guard(step, by));
    }

    // ---- transitions

    public Meeting addToAgenda(String point, Actor by) {
        requireStep(MeetingStep.EDIT_AGENDA, by);
        var next = new ArrayList<>(agenda);
        next.add(point);
        return new Meeting(id, series, title, departments, scheduledAt, next, carried, minutes, decisions,
                actionItems, status, version);
    }

    public Meeting recordMinutes(String text, List<String> decided, Actor by) {
        requireStep(MeetingStep.RECORD_MINUTES, by);
        var kept = Require.text(text, "minutes", MAX_MINUTES);
        return new Meeting(id, series, title, departments, scheduledAt, agenda, carried, kept, decided,
                actionItems, MeetingStatus.HELD, version);
    }

    public Meeting addActionItem(ActionItem item, Actor by) {
        requireStep(MeetingStep.ADD_ACTION_ITEM, by);
        var next = new ArrayList<>(actionItems);
        next.add(item);
        return new Meeting(id, series, title, departments, scheduledAt, agenda, carried, minutes, decisions, next,
                status, version);
    }

    /**
     * The items still open from an earlier meeting of the series, carried into this one when they were agreed after
     * it was scheduled (minutes are taken once the next occurrence exists). Items it holds already stay as they are.
     */
    public Meeting carry(List<ActionItem> open) {
        var known = Stream.concat(carried.stream(), actionItems.stream()).map(ActionItem::id)
                .collect(Collectors.toSet());
        var more = open.stream().filter(item -> !known.contains(item.id())).toList();
        if (more.isEmpty()) {
            return this;
        }
        return new Meeting(id, series, title, departments, scheduledAt, agenda,
                Stream.concat(carried.stream(), more.stream()).toList(), minutes, decisions, actionItems, status,
                version);
    }

    /** The action item as registered with the charter. */
    public Meeting registered(ActionItemId item, WorkItemId workItem) {
        var next = actionItems.stream()
                .map(each -> each.id().equals(item) ? each.registeredAs(workItem) : each).toList();
        return new Meeting(id, series, title, departments, scheduledAt, agenda, carried, minutes, decisions, next,
                status, version);
    }

    public Meeting close(Actor by) {
        requireStep(MeetingStep.CLOSE, by);
        return new Meeting(id, series, title, departments, scheduledAt, agenda, carried, minutes, decisions,
                actionItems, MeetingStatus.CLOSED, version);
    }

    // ---- guards

    private Optional<Refusal> guard(MeetingStep step, Actor by) {
        if (!by.may(CollaborationPermission.TAKE_MINUTES)) {
            return Refusal.because("rule.collaboration.minutes-only");
        }
        return switch (step) {
            case EDIT_AGENDA -> status == MeetingStatus.SCHEDULED
                    ? Optional.empty() : Refusal.because("rule.collaboration.meeting-held");
            case RECORD_MINUTES -> open();
            case ADD_ACTION_ITEM, CLOSE -> open().or(() -> status == MeetingStatus.HELD
                    ? Optional.empty() : Refusal.because("rule.collaboration.no-minutes"));
        };
    }

    private Optional<Refusal> open() {
        return status == MeetingStatus.CLOSED ? Refusal.because("rule.collaboration.meeting-closed")
                : Optional.empty();
    }

    /** The meeting's fields as an auditor reads them. */
    public Map<String, String> snapshot() {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("title", title);
        snapshot.put("departments", Departments.describe(departments));
        snapshot.put("scheduledAt", scheduledAt.toString());
        snapshot.put("agenda", String.join("; ", agenda));
        snapshot.put("carried", String.join("; ", carried.stream().map(ActionItem::describe).toList()));
        snapshot.put("minutes", minutes);
        snapshot.put("decisions", String.join("; ", decisions));
        snapshot.put("actionItems", String.join("; ", actionItems.stream().map(ActionItem::describe).toList()));
        snapshot.put("status", status.name());
        return snapshot;
    }
}
