package dev.opscharter.application.incidents.service;

import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.port.in.EscalateOverdueSteps;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.IncidentRef;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepLimits;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.incidents.StepTiming;
import dev.opscharter.domain.incidents.Timeliness;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.WorkingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.opscharter.domain.incidents.IncidentsPermission.CONFIGURE;
import static dev.opscharter.domain.incidents.IncidentsPermission.HANDLE;
import static dev.opscharter.domain.incidents.IncidentsPermission.READ;
import static dev.opscharter.domain.incidents.IncidentsPermission.RULE;

/**
 * Incidents: reported, handled in their four steps in order (each once per request), ruled on by the director,
 * timed against their type's limits in the organization's calendar or working hours, and their overdue steps
 * escalated once each through {@link Notifications}, the port the corrective actions' escalation uses.
 */
public final class IncidentService implements ManageIncidents, IncidentQueries, EscalateOverdueSteps {

    static final RecordType<IncidentId, Incident> TYPE = new RecordType<>("Incident", Incident::id, Incident::title,
            IncidentService::snapshot, Incident::version, IncidentId::toString, IncidentId::parse);

    /** The incident's page: the screen opens the incident named after it. */
    public static final String LINK = "incidents?incident=";
    static final String OVERDUE_KEY = "notification.incident.step-overdue";
    static final String STAKEHOLDER_KEY = "notification.incident.stakeholder";
    static final String TYPE_ENTITY = "IncidentType";
    /** Follow-ups one post-mortem raises: more is a project, not a post-mortem. */
    static final int MAX_FOLLOW_UPS = 20;

    private final Incidents incidents;
    private final IncidentTypes types;
    private final Notifications notifications;
    private final ManageCorrectiveActions actions;
    private final UserAccounts accounts;
    private final Once once;
    private final UseCase uc;

    public IncidentService(Incidents incidents, IncidentTypes types, Notifications notifications,
                           ManageCorrectiveActions actions, UserAccounts accounts, ProcessedRequests processed,
                           UseCase uc) {
        this.incidents = incidents;
        this.types = types;
        this.notifications = notifications;
        this.actions = actions;
        this.accounts = accounts;
        this.once = new Once(processed);
        this.uc = uc;
    }

    // ---- commands

    @Override
    public IncidentId report(RequestKey request, String typeCode, String title) {
        return uc.create(HANDLE, request, TYPE, incidents,
                me -> Incident.report(type(typeCode), title, me, uc.calendar().now()));
    }

    @Override
    public void doStep(RequestKey request, IncidentId id, StepRecord record, long version) {
        uc.write(HANDLE, me -> once.create(request, "Incident.step", () -> {
            var before = incidents.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id));
            if (before.version() != version) {
                throw new ConcurrentModification(TYPE.entity(), id);
            }
            uc.save(TYPE, incidents, AuditAction.UPDATE, before, before.done(record, me, uc.calendar().now()));
            if (record instanceof StepRecord.Notified notified) {
                tellStakeholders(before, notified, me);
            }
            return id;
        }, IncidentId::toString, IncidentId::parse));
    }

    /**
     * The stakeholders who have an account are told through the inbox and mail, with the measure taken; the others
     * (a customer, a supplier) were told by hand and are only recorded.
     */
    private void tellStakeholders(Incident incident, StepRecord.Notified notified, Actor by) {
        var measure = incident.record(IncidentStep.EMERGENCY_MEASURE)
                .map(r -> ((StepRecord.Measure) r).text()).orElse("");
        for (var stakeholder : notified.stakeholders()) {
            accountOf(stakeholder).filter(name -> !name.equals(by.name())).ifPresent(name ->
                    notifications.send(new Notification(name, STAKEHOLDER_KEY, List.of(incident.title(), measure),
                            LINK + incident.id())));
        }
    }

    private Optional<String> accountOf(String stakeholder) {
        try {
            return accounts.byUsername(new Username(stakeholder.strip())).filter(UserAccount::enabled)
                    .map(account -> account.username().value());
        } catch (InvalidValue notAUsername) {
            return Optional.empty();
        }
    }

    @Override
    public void postMortem(RequestKey request, IncidentId id, String text, List<FollowUp> followUps, long version) {
        if (followUps.size() > MAX_FOLLOW_UPS) {
            throw new InvalidValue("followUps", "validation.incidents.too-many-follow-ups", MAX_FOLLOW_UPS);
        }
        uc.write(HANDLE, me -> once.create(request, "Incident.post-mortem", () -> {
            var before = incidents.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id));
            if (before.version() != version) {
                throw new ConcurrentModification(TYPE.entity(), id);
            }
            var now = uc.calendar().now();
            // refused before any action is raised when the post-mortem is not this user's to record now
            before.done(new StepRecord.PostMortem(text, List.of()), me, now);
            var origin = new IncidentRef(id.value(),
                    Period.quarterOf(LocalDate.ofInstant(before.reportedAt(), uc.calendar().zone().get())).key());
            var raised = new ArrayList<CorrectiveActionId>();
            for (int i = 0; i < followUps.size(); i++) {
                var followUp = followUps.get(i);
                raised.add(actions.create(request.derived("Incident.follow-up:" + i), new NewCorrectiveAction(origin,
                        before.title(), 0, followUp.title(), followUp.owner(), followUp.dueOn(), text)));
            }
            uc.save(TYPE, incidents, AuditAction.UPDATE, before,
                    before.done(new StepRecord.PostMortem(text, raised), me, now));
            return id;
        }, IncidentId::toString, IncidentId::parse));
    }

    @Override
    public void saveType(Optional<IncidentType> seen, IncidentType type) {
        uc.run(CONFIGURE, () -> {
            if (seen.isPresent() && !seen.get().code().equals(type.code())) {
                throw new InvalidValue("code", "validation.incidents.type-code-kept");
            }
            types.save(seen, type);
            uc.audit(TYPE_ENTITY, type.code(), type.name().chinese(), seen.isPresent() ? AuditAction.UPDATE
                    : AuditAction.CREATE, seen.map(IncidentService::snapshot).orElse(Map.of()), snapshot(type));
        });
    }

    private static Map<String, String> snapshot(IncidentType type) {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("name", type.name().chinese() + " / " + type.name().english());
        snapshot.put("basis", type.limits().basis().name());
        for (var step : IncidentStep.values()) {
            snapshot.put(step.name(), type.limits().limit(step).toString());
        }
        return snapshot;
    }

    @Override
    public void rule(IncidentId id, boolean majorAccident, long version) {
        uc.change(RULE, TYPE, incidents, id, version, AuditAction.UPDATE,
                (me, before) -> before.rule(majorAccident, me, uc.calendar().now()));
    }

    @Override
    public Result escalateOverdue() {
        // not a permission any user holds: the job runs as the scheduler, as the corrective actions' escalation
        if (!(uc.actor() instanceof Actor.Scheduler)) {
            throw new AccessDenied("only the system escalates overdue incident steps");
        }
        var calendar = workingCalendar();
        var open = uc.read(READ, incidents::open);
        int overdue = 0;
        int notified = 0;
        for (var found : open) {
            var limits = type(found.typeCode()).limits();
            if (found.overdueUnescalated(limits, calendar, uc.calendar().now()).isEmpty()) {
                continue;
            }
            // one transaction per incident: the mark and its notices commit together, a rerun sends nothing twice
            var sent = uc.write(HANDLE, () -> escalate(found.id(), limits, calendar));
            overdue += sent.steps();
            notified += sent.notices();
        }
        return new Result(overdue, notified);
    }

    private record Sent(int steps, int notices) {
    }

    /** One text per step, so each channel names the step in the reader's language (the step is no argument). */
    static String overdueKey(IncidentStep step) {
        return OVERDUE_KEY + "." + step.name();
    }

    private Sent escalate(IncidentId id, StepLimits limits, WorkingCalendar calendar) {
        var before = incidents.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id));
        var due = before.overdueUnescalated(limits, calendar, uc.calendar().now());
        var after = before;
        int notices = 0;
        for (var timing : due) {
            var step = timing.step();
            var recipients = new LinkedHashSet<>(List.of(before.ownerOf(step), before.reportedBy()));
            for (var recipient : recipients) {
                notifications.send(new Notification(recipient, overdueKey(step), List.of(before.title(),
                        Long.toString(timing.limit().toHours())), LINK + id));
                notices++;
            }
            after = after.escalated(step);
        }
        if (!due.isEmpty()) {
            uc.save(TYPE, incidents, AuditAction.UPDATE, before, after);
        }
        return new Sent(due.size(), notices);
    }

    // ---- queries

    @Override
    public List<IncidentType> types() {
        return uc.read(READ, types::all);
    }

    @Override
    public List<Incident> incidents(IncidentFilter filter, PageRequest page) {
        return uc.read(READ, () -> incidents.page(filter, page));
    }

    @Override
    public long count(IncidentFilter filter) {
        return uc.read(READ, () -> incidents.count(filter));
    }

    @Override
    public Optional<IncidentDetails> incident(IncidentId id) {
        return uc.read(READ, me -> incidents.byId(id).map(incident -> {
            var type = type(incident.typeCode());
            return new IncidentDetails(new WithSteps<>(incident, incident.allowedSteps(me)), type,
                    incident.timeline().timings(type.limits(), workingCalendar(), uc.calendar().now()));
        }));
    }

    @Override
    public List<StepTiming> timings(Incident incident) {
        return uc.read(READ, () -> incident.timeline().timings(type(incident.typeCode()).limits(), workingCalendar(),
                uc.calendar().now()));
    }

    @Override
    public int countOverdue() {
        return uc.read(READ, () -> {
            var calendar = workingCalendar();
            var now = uc.calendar().now();
            return (int) incidents.open().stream().filter(incident -> incident.timeline()
                    .timings(type(incident.typeCode()).limits(), calendar, now).stream()
                    .anyMatch(timing -> timing.state() == StepTiming.State.OVERDUE)).count();
        });
    }

    @Override
    public Timeliness timeliness(Period period) {
        return uc.read(READ, () -> {
            var zone = uc.calendar().zone().get();
            var limits = types.all().stream().collect(Collectors.toMap(IncidentType::code, IncidentType::limits));
            return Timeliness.of(incidents.reportedBetween(period.start(zone), period.end(zone)),
                    code -> Optional.ofNullable(limits.get(code))
                            .orElseThrow(() -> new NotFound("IncidentType", code)),
                    workingCalendar(), uc.calendar().now());
        });
    }

    private IncidentType type(String code) {
        return types.byCode(code).orElseThrow(() -> new NotFound("IncidentType", code));
    }

    private WorkingCalendar workingCalendar() {
        return WorkingCalendar.standard(uc.calendar().zone().get());
    }

    private static Map<String, String> snapshot(Incident incident) {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("type", incident.typeCode());
        snapshot.put("title", incident.title());
        snapshot.put("reported by", incident.reportedBy());
        snapshot.put("reported at", incident.reportedAt().toString());
        for (var step : IncidentStep.values()) {
            var handled = incident.handled().get(step);
            if (handled != null) {
                snapshot.put(step.name() + " by", handled.by());
                snapshot.put(step.name() + " at", incident.timeline().done().get(step).toString());
                snapshot.put(step.name(), switch (handled.record()) {
                    case StepRecord.Cause c -> c.text();
                    case StepRecord.Measure m -> m.text();
                    case StepRecord.Notified n -> String.join(", ", n.stakeholders());
                    case StepRecord.PostMortem p -> p.text();
                });
            }
        }
        if (!incident.followUps().isEmpty()) {
            snapshot.put("follow-ups", incident.followUps().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (!incident.escalated().isEmpty()) {
            snapshot.put("escalated", incident.escalated().stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        incident.ruling().ifPresent(r -> {
            snapshot.put("major accident", Boolean.toString(r.majorAccident()));
            snapshot.put("ruled by", r.by());
        });
        return snapshot;
    }
}
