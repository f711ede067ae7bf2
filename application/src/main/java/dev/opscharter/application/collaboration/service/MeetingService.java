package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.port.in.ManageMeetings;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingSeriesId;
import dev.opscharter.domain.collaboration.MeetingStatus;
import dev.opscharter.domain.collaboration.MeetingStep;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;

import java.util.List;
import java.util.Optional;

import static dev.opscharter.domain.collaboration.CollaborationPermission.MANAGE;
import static dev.opscharter.domain.collaboration.CollaborationPermission.READ;
import static dev.opscharter.domain.collaboration.CollaborationPermission.TAKE_MINUTES;

/**
 * Meeting series and their meetings. The rules live in {@link MeetingSeries}, {@link Meeting} and
 * {@link Recurrence}; this service supplies who acts, the time and zone, the transaction, the version check, the
 * audit entry, the charter that turns action items into work items, and the notices of a new meeting.
 */
public final class MeetingService implements ManageMeetings, MeetingQueries {

    static final RecordType<MeetingSeriesId, MeetingSeries> SERIES = new RecordType<>("MeetingSeries",
            MeetingSeries::id, MeetingSeries::title, MeetingSeries::snapshot, MeetingSeries::version,
            MeetingSeriesId::toString, MeetingSeriesId::parse);
    static final RecordType<MeetingId, Meeting> TYPE = new RecordType<>("Meeting", Meeting::id,
            meeting -> meeting.title() + " " + meeting.scheduledAt(), Meeting::snapshot, Meeting::version,
            MeetingId::toString, MeetingId::parse);

    private final RecurringMeetings series;
    private final Meetings meetings;
    private final ActionItemWork work;
    private final MeetingNotices notices;
    private final Once once;
    private final UseCase uc;

    public MeetingService(RecurringMeetings series, Meetings meetings, ActionItemWork work, MeetingNotices notices,
                          ProcessedRequests processed, UseCase uc) {
        this.series = series;
        this.meetings = meetings;
        this.work = work;
        this.notices = notices;
        this.once = new Once(processed);
        this.uc = uc;
    }

    // ---- series

    @Override
    public MeetingSeriesId setUp(RequestKey request, NewSeries draft) {
        return uc.create(MANAGE, request, SERIES, series, me -> MeetingSeries.create(draft.title(), draft.topic(),
                draft.departments(), draft.recurrence(), me));
    }

    @Override
    public void reschedule(MeetingSeriesId id, Recurrence recurrence, long version) {
        uc.change(MANAGE, SERIES, series, id, version, AuditAction.UPDATE,
                (me, before) -> before.reschedule(recurrence, me));
    }

    @Override
    public void end(MeetingSeriesId id, long version) {
        uc.change(MANAGE, SERIES, series, id, version, AuditAction.UPDATE, (me, before) -> before.end(me));
    }

    @Override
    public Optional<MeetingId> scheduleNext(MeetingSeriesId id) {
        return uc.write(MANAGE, me -> {
            var recurring = series.byId(id).orElseThrow(() -> new NotFound(SERIES.entity(), id));
            var now = uc.calendar().now();
            var latest = meetings.latestOf(id);
            if (latest.isPresent() && latest.get().scheduledAt().isAfter(now)) {
                return latest.map(Meeting::id);
            }
            var zone = uc.calendar().zone().get();
            return recurring.nextAfter(now, zone).map(at -> once.create(
                    RequestKey.named("Meeting.schedule:" + id + ":" + at), "Meeting.schedule", () -> {
                        var meeting = uc.created(TYPE, meetings.save(Meeting.schedule(recurring, at, latest,
                                work::isOpen)));
                        notices.scheduled(meeting, zone);
                        return meeting.id();
                    }, TYPE.key(), TYPE.parse()));
        });
    }

    // ---- meetings

    @Override
    public void addToAgenda(MeetingId meeting, String point, long version) {
        uc.change(TAKE_MINUTES, TYPE, meetings, meeting, version, AuditAction.UPDATE,
                (me, before) -> before.addToAgenda(point, me));
    }

    @Override
    public void recordMinutes(MeetingId meeting, String minutes, List<String> decisions, long version) {
        uc.change(TAKE_MINUTES, TYPE, meetings, meeting, version, AuditAction.UPDATE,
                (me, before) -> before.recordMinutes(minutes, decisions, me));
    }

    @Override
    public WorkItemId addActionItem(RequestKey request, MeetingId id, NewActionItem draft, long version) {
        return uc.write(TAKE_MINUTES, () -> {
            var workItem = work.add(request, TAKE_MINUTES, TYPE, meetings, id, version, draft, Meeting::title,
                    (meeting, item, me) -> meeting.addActionItem(item, me), Meeting::registered);
            carryIntoNext(load(id));
            return workItem;
        });
    }

    /**
     * Minutes are taken once the series' next meeting exists (the schedule makes it when a meeting begins), so an
     * item agreed now is carried into that next meeting as well: its agenda lists every item still open.
     */
    private void carryIntoNext(Meeting meeting) {
        meetings.latestOf(meeting.series())
                .filter(next -> next.scheduledAt().isAfter(meeting.scheduledAt()))
                .filter(next -> next.status() != MeetingStatus.CLOSED)
                .ifPresent(next -> {
                    var carried = next.carry(meeting.openItems(work::isOpen));
                    if (carried != next) {
                        uc.save(TYPE, meetings, AuditAction.UPDATE, next, carried);
                    }
                });
    }

    @Override
    public void close(MeetingId meeting, long version) {
        uc.change(TAKE_MINUTES, TYPE, meetings, meeting, version, AuditAction.UPDATE,
                (me, before) -> before.close(me));
    }

    // ---- queries

    @Override
    public List<MeetingSeries> series() {
        return uc.read(READ, series::all);
    }

    @Override
    public List<Meeting> meetings(PageRequest page) {
        return uc.read(READ, () -> meetings.page(page));
    }

    @Override
    public long countMeetings() {
        return uc.read(READ, meetings::count);
    }

    @Override
    public WithSteps<Meeting, MeetingStep> meeting(MeetingId id) {
        return uc.read(READ, me -> {
            var meeting = load(id);
            return new WithSteps<>(meeting, meeting.allowedSteps(me));
        });
    }

    @Override
    public List<ActionItem> openItems(MeetingId id) {
        return uc.read(READ, () -> load(id).openItems(work::isOpen));
    }

    private Meeting load(MeetingId id) {
        return meetings.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id));
    }
}
