package dev.opscharter.application.incidents.service;

import dev.opscharter.application.compliance.RectificationFixture;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.fakes.InMemoryIncidentTypes;
import dev.opscharter.application.incidents.fakes.InMemoryIncidents;
import dev.opscharter.application.incidents.port.in.EscalateOverdueSteps;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.fakes.RecordingNotifications;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.IncidentRef;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentAction;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepLimits;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.incidents.StepTiming;
import dev.opscharter.domain.incidents.Timeliness;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Incidents on fakes; the organization fixture's clock stands on Thursday 14 May 2026, 10:00 in Shanghai. */
class IncidentServiceTest {

    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);

    private final RectificationFixture rectification = new RectificationFixture();
    private final OrganizationFixture org = rectification.org;
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryIncidentTypes types = new InMemoryIncidentTypes();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final IncidentService service = new IncidentService(incidents, types, notifications,
            rectification.service(), org.accounts, org.processedRequests, org.useCase);

    static Stream<Actor> handlers() {
        return Actors.eachOf(Role.OPS_MANAGER, Role.OPS_DIRECTOR, Role.OPS_SPECIALIST);
    }

    static Stream<Actor> notHandlers() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_DIRECTOR, Role.OPS_SPECIALIST);
    }

    static Stream<Actor> notDirectors() {
        return Actors.allBut(Role.OPS_DIRECTOR);
    }

    private IncidentId report(String type, String title) {
        org.actAs("manager", Role.OPS_MANAGER);
        return service.report(RequestKey.fresh(), type, title);
    }

    private Incident stored(IncidentId id) {
        return incidents.byId(id).orElseThrow();
    }

    private void step(IncidentId id, StepRecord record) {
        service.doStep(RequestKey.fresh(), id, record, stored(id).version());
    }

    /** Does the four steps, the clock set to each given instant in turn. */
    private void handle(IncidentId id, Instant... at) {
        var records = List.of(new StepRecord.Cause("cause"), new StepRecord.Measure("measure"),
                new StepRecord.Notified(List.of("Sales")), new StepRecord.PostMortem("post-mortem", List.of()));
        for (int i = 0; i < at.length; i++) {
            org.clock.set(at[i]);
            step(id, records.get(i));
        }
    }

    // ---- permissions

    @ParameterizedTest
    @MethodSource("handlers")
    void managers_directors_and_specialists_report_and_do_steps_each_recorded_with_who(Actor handler) {
        org.actAs(handler);
        var id = service.report(RequestKey.fresh(), IncidentType.SYSTEM_FAILURE, "Order system down");
        org.clock.advance(Duration.ofMinutes(30));
        step(id, new StepRecord.Cause("disk full"));

        var incident = stored(id);
        assertThat(incident.reportedBy()).isEqualTo(handler.name());
        assertThat(incident.handled().get(IncidentStep.LOCATE_CAUSE).by()).isEqualTo(handler.name());
        assertThat(incident.timeline().done().get(IncidentStep.LOCATE_CAUSE)).isEqualTo(org.clock.instant());
        var entries = org.auditLog.entries();
        assertEntry(entries.getFirst(), AuditAction.CREATE, handler.name(), "Incident", id);
        assertEntry(entries.getLast(), AuditAction.UPDATE, handler.name(), "Incident", id);
    }

    @ParameterizedTest
    @MethodSource("notHandlers")
    void nobody_else_reports_or_does_a_step(Actor other) {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        org.actAs(other);

        assertThatThrownBy(() -> service.report(RequestKey.fresh(), IncidentType.SYSTEM_FAILURE, "x"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.doStep(RequestKey.fresh(), id, new StepRecord.Cause("c"), 1))
                .isInstanceOf(AccessDenied.class);
        assertThat(stored(id).handled()).isEmpty();
    }

    @Test
    void an_auditor_reads_every_incident_its_timings_and_timeliness_and_is_offered_no_step() {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        org.actAs("auditor", Role.AUDITOR);

        assertThat(service.incidents(IncidentFilter.ALL, PageRequest.first(10))).extracting(Incident::id)
                .containsExactly(id);
        assertThat(service.count(IncidentFilter.ALL)).isEqualTo(1);
        var details = service.incident(id).orElseThrow();
        assertThat(details.incident().steps()).isEmpty();
        assertThat(details.timings()).extracting(StepTiming::state).containsExactly(StepTiming.State.RUNNING,
                StepTiming.State.NOT_STARTED, StepTiming.State.NOT_STARTED, StepTiming.State.NOT_STARTED);
        assertThat(service.timeliness(Q2)).isEqualTo(Timeliness.NONE);
        assertThatThrownBy(() -> service.rule(id, true, 1)).isInstanceOf(AccessDenied.class);
    }

    @ParameterizedTest
    @MethodSource("notDirectors")
    void only_the_director_rules_on_a_major_accident(Actor other) {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        org.actAs(other);

        assertThatThrownBy(() -> service.rule(id, true, 1)).isInstanceOf(AccessDenied.class);
        assertThat(stored(id).ruling()).isEmpty();
    }

    @Test
    void the_director_rules_once_with_who_and_when_and_a_stale_version_is_refused() {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        org.actAs("director", Role.OPS_DIRECTOR);
        assertThat(service.incident(id).orElseThrow().incident().step(IncidentAction.RULE)).hasValueSatisfying(
                s -> assertThat(s.isOpen()).isTrue());

        service.rule(id, true, 1);

        var ruling = stored(id).ruling().orElseThrow();
        assertThat(ruling.majorAccident()).isTrue();
        assertThat(ruling.by()).isEqualTo("director");
        assertThat(ruling.at()).isEqualTo(OrganizationFixture.NOW);
        assertEntry(org.auditLog.entries().getLast(), AuditAction.UPDATE, "director", "Incident", id);
        assertThatThrownBy(() -> service.rule(id, false, 1)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.rule(id, false, 2)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("rule.incidents.already-ruled");
    }

    // ---- steps

    @Test
    void steps_are_done_only_in_order_and_a_repeated_request_changes_nothing() {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");

        assertThatThrownBy(() -> step(id, new StepRecord.Measure("restart")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.incidents.step-out-of-order");

        var request = RequestKey.fresh();
        service.doStep(request, id, new StepRecord.Cause("disk full"), 1);
        int entries = org.auditLog.entries().size();
        service.doStep(request, id, new StepRecord.Cause("disk full"), 1);

        assertThat(stored(id).version()).isEqualTo(2);
        assertThat(org.auditLog.entries()).hasSize(entries);
        assertThatThrownBy(() -> service.doStep(RequestKey.fresh(), id, new StepRecord.Measure("restart"), 1))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void the_post_mortem_keeps_its_follow_up_corrective_actions_and_finishes_the_incident() {
        var id = report(IncidentType.ORDER_SURGE, "Double eleven");
        var action = CorrectiveActionId.random();
        step(id, new StepRecord.Cause("promotion"));
        step(id, new StepRecord.Measure("extra shift"));
        step(id, new StepRecord.Notified(List.of("Warehouse", "Customer service")));
        step(id, new StepRecord.PostMortem("plan capacity", List.of(action)));

        var incident = stored(id);
        assertThat(incident.finished()).isTrue();
        assertThat(incident.stakeholders()).containsExactly("Warehouse", "Customer service");
        assertThat(incident.followUps()).containsExactly(action);
        assertThat(service.count(new IncidentFilter(java.util.Optional.empty(),
                java.util.Optional.of(IncidentFilter.Status.FINISHED), "eleven"))).isEqualTo(1);
        assertThatThrownBy(() -> step(id, new StepRecord.Cause("again"))).isInstanceOf(RuleViolation.class);
    }

    // ---- timeliness

    @Test
    void one_late_step_makes_an_incident_untimely_in_calendar_hours_where_working_hours_keep_it_in_time() {
        // reported Thursday 17:00 in Shanghai, the cause located Friday 11:00: 18 hours, 3 of them working hours
        var thursdayFive = Instant.parse("2026-05-14T09:00:00Z");
        var fridayEleven = Instant.parse("2026-05-15T03:00:00Z");
        org.clock.set(thursdayFive);
        var failure = report(IncidentType.SYSTEM_FAILURE, "Payment gateway down");          // 2 calendar hours
        var complaint = report(IncidentType.MAJOR_COMPLAINT, "Customer hurt by a parcel"); // 4 working hours
        var later = Duration.ofMinutes(30);
        handle(failure, fridayEleven, fridayEleven.plus(later), fridayEleven.plus(later.multipliedBy(2)),
                fridayEleven.plus(later.multipliedBy(3)));
        handle(complaint, fridayEleven, fridayEleven.plus(later), fridayEleven.plus(later.multipliedBy(2)),
                fridayEleven.plus(later.multipliedBy(3)));

        org.actAs("auditor", Role.AUDITOR);
        assertThat(service.incident(failure).orElseThrow().timings()).extracting(StepTiming::state)
                .containsExactly(StepTiming.State.LATE, StepTiming.State.ON_TIME, StepTiming.State.ON_TIME,
                        StepTiming.State.ON_TIME);
        assertThat(service.incident(complaint).orElseThrow().timings().getFirst().took())
                .contains(Duration.ofHours(3));
        var timeliness = service.timeliness(Q2);
        assertThat(timeliness).isEqualTo(new Timeliness(1, 2));
        assertThat(timeliness.fraction()).hasValue(0.5);
        assertThat(service.timeliness(Q2.next())).isEqualTo(Timeliness.NONE);
        assertThat(service.timeliness(Q2.next()).fraction()).isEmpty();
    }

    // ---- escalation

    @Test
    void each_overdue_step_is_escalated_once_to_whose_turn_it_is_and_the_reporter() {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");   // cause within 2 h
        org.actAs(Actor.SCHEDULE);
        assertThat(service.escalateOverdue()).isEqualTo(new EscalateOverdueSteps.Result(0, 0));

        org.clock.advance(Duration.ofHours(2).plusMinutes(1));
        assertThat(service.escalateOverdue()).isEqualTo(new EscalateOverdueSteps.Result(1, 1));
        assertThat(service.escalateOverdue()).isEqualTo(new EscalateOverdueSteps.Result(0, 0));
        assertThat(notifications.to("manager")).singleElement().satisfies(n -> {
            assertThat(n.subjectKey()).isEqualTo("notification.incident.step-overdue.LOCATE_CAUSE");
            assertThat(n.arguments()).containsExactly("Order system down", "2");
            assertThat(n.link()).isEqualTo(IncidentService.LINK + id);
        });

        org.actAs("specialist", Role.OPS_SPECIALIST);
        step(id, new StepRecord.Cause("disk full"));                            // late, done
        org.clock.advance(Duration.ofHours(4).plusMinutes(1));                  // the measure within 4 h
        org.actAs(Actor.SCHEDULE);
        assertThat(service.escalateOverdue()).isEqualTo(new EscalateOverdueSteps.Result(1, 2));
        assertThat(service.escalateOverdue()).isEqualTo(new EscalateOverdueSteps.Result(0, 0));
        assertThat(notifications.to("specialist")).singleElement()
                .satisfies(n -> assertThat(n.subjectKey()).isEqualTo(IncidentService.overdueKey(
                        IncidentStep.EMERGENCY_MEASURE)));
        assertThat(notifications.to("manager")).hasSize(2);
        assertThat(stored(id).escalated()).containsExactlyInAnyOrder(IncidentStep.LOCATE_CAUSE,
                IncidentStep.EMERGENCY_MEASURE);
    }

    @Test
    void only_the_system_escalates() {
        org.actAs("director", Role.OPS_DIRECTOR);
        assertThatThrownBy(service::escalateOverdue).isInstanceOf(AccessDenied.class);
    }
    // ---- the post-mortem's follow-ups

    @Test
    void a_post_mortem_raises_its_follow_ups_as_corrective_actions_naming_the_incident_once_per_request() {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        handle(id, org.clock.instant().plusSeconds(600), org.clock.instant().plusSeconds(1200),
                org.clock.instant().plusSeconds(1800));
        var request = RequestKey.fresh();
        var due = LocalDate.of(2026, 6, 30);
        var followUps = List.of(new ManageIncidents.FollowUp("Add disk alerts", "specialist", due),
                new ManageIncidents.FollowUp("Failover drill", "manager", due));

        service.postMortem(request, id, "Disk filled by logs", followUps, stored(id).version());
        service.postMortem(request, id, "Disk filled by logs", followUps, stored(id).version());

        var incident = stored(id);
        assertThat(incident.finished()).isTrue();
        assertThat(incident.postMortem()).contains("Disk filled by logs");
        assertThat(incident.followUps()).hasSize(2);
        var raised = rectification.actions.all();
        assertThat(raised).hasSize(2).allSatisfy(action -> {
            assertThat(action.origin()).isEqualTo(new IncidentRef(id.value(), "2026-Q2"));
            assertThat(action.finding()).isEmpty();
            assertThat(action.findingDescription()).isEqualTo("Order system down");
            assertThat(action.assignedBy()).isEqualTo("manager");
        });
        assertThat(raised).extracting(CorrectiveAction::id).containsExactlyInAnyOrderElementsOf(incident.followUps());
        assertThat(raised).extracting(CorrectiveAction::owner).containsExactlyInAnyOrder("specialist", "manager");
    }

    @Test
    void a_specialist_records_a_post_mortem_but_only_a_manager_assigns_follow_ups_and_a_refusal_raises_nothing() {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        handle(id, org.clock.instant().plusSeconds(600), org.clock.instant().plusSeconds(1200),
                org.clock.instant().plusSeconds(1800));
        org.actAs("specialist", Role.OPS_SPECIALIST);
        var followUp = List.of(new ManageIncidents.FollowUp("Add disk alerts", "specialist", LocalDate.of(2026, 6, 30)));

        assertThatThrownBy(() -> service.postMortem(RequestKey.fresh(), id, "Disk full", followUp, stored(id).version()))
                .isInstanceOf(AccessDenied.class);
        assertThat(stored(id).finished()).isFalse();
        assertThat(rectification.actions.all()).isEmpty();

        service.postMortem(RequestKey.fresh(), id, "Disk full", List.of(), stored(id).version());
        assertThat(stored(id).finished()).isTrue();
    }

    @Test
    void a_post_mortem_before_its_turn_raises_no_follow_up() {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        var followUp = List.of(new ManageIncidents.FollowUp("Add disk alerts", "specialist", LocalDate.of(2026, 6, 30)));

        assertThatThrownBy(() -> service.postMortem(RequestKey.fresh(), id, "Too early", followUp, stored(id).version()))
                .isInstanceOf(RuleViolation.class);
        assertThat(rectification.actions.all()).isEmpty();
    }
    @Test
    void stakeholders_with_an_account_are_told_of_the_incident_and_its_measure_the_others_only_recorded() {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        step(id, new StepRecord.Cause("disk full"));
        step(id, new StepRecord.Measure("switched to the standby"));
        notifications.clear();

        step(id, new StepRecord.Notified(List.of("specialist", "director", "manager", "Key account ACME")));

        assertThat(notifications.sent()).extracting(n -> n.recipient()).containsExactlyInAnyOrder("specialist",
                "director");
        assertThat(notifications.to("director").getFirst().arguments())
                .containsExactly("Order system down", "switched to the standby");
        assertThat(notifications.to("director").getFirst().link()).isEqualTo(IncidentService.LINK + id);
        assertThat(stored(id).stakeholders()).containsExactly("specialist", "director", "manager", "Key account ACME");
    }
    @Test
    void a_row_of_the_list_is_timed_as_its_details_are_without_reading_it_again() {
        var id = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        org.clock.advance(Duration.ofHours(3));
        org.actAs("auditor", Role.AUDITOR);
        var row = service.incidents(IncidentFilter.ALL, PageRequest.first(10)).getFirst();

        assertThat(service.timings(row)).isEqualTo(service.incident(id).orElseThrow().timings());
        assertThat(service.timings(row)).extracting(StepTiming::state).startsWith(StepTiming.State.OVERDUE);
    }
    @Test
    void the_open_incidents_with_a_step_past_its_limit_are_counted_for_the_dashboard() {
        var late = report(IncidentType.SYSTEM_FAILURE, "Order system down");
        var finished = report(IncidentType.SYSTEM_FAILURE, "Printer jam");
        handle(finished, org.clock.instant().plusSeconds(60), org.clock.instant().plusSeconds(120),
                org.clock.instant().plusSeconds(180), org.clock.instant().plusSeconds(240));
        assertThat(service.countOverdue()).isZero();

        org.clock.advance(Duration.ofHours(3));
        assertThat(service.countOverdue()).as("the cause of %s is overdue", late).isEqualTo(1);
    }
    // ---- types

    @Test
    void a_manager_adds_a_type_and_changes_its_limits_and_an_edit_of_a_type_changed_meanwhile_is_refused() {
        org.actAs("manager", Role.OPS_MANAGER);
        var supply = new IncidentType("SUPPLY_BREAK", new BilingualName("断供", "Supply break"), hours(LimitBasis.CALENDAR, 3));

        service.saveType(Optional.empty(), supply);
        var faster = new IncidentType("SUPPLY_BREAK", supply.name(), hours(LimitBasis.WORKING, 2));
        service.saveType(Optional.of(supply), faster);

        assertThat(service.types()).contains(faster);
        assertThatThrownBy(() -> service.saveType(Optional.of(supply), supply))
                .as("the editor saw the type before the change").isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.saveType(Optional.empty(), supply)).isInstanceOfSatisfying(InvalidValue.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("validation.incidents.type-code-taken"));
        assertThatThrownBy(() -> service.saveType(Optional.of(faster), new IncidentType("SUPPLY_CUT", supply.name(),
                hours(LimitBasis.WORKING, 2)))).isInstanceOf(InvalidValue.class);
        assertThat(org.auditLog.entries()).extracting(e -> e.entityType()).containsOnly("IncidentType");
    }

    @ParameterizedTest
    @MethodSource("notDirectors")
    void only_managers_and_the_director_set_the_types(Actor other) {
        org.actAs(other);
        var type = new IncidentType("SUPPLY_BREAK", new BilingualName("断供", "Supply break"), hours(LimitBasis.CALENDAR, 3));

        if (other.hasAnyOf(Role.OPS_MANAGER)) {
            service.saveType(Optional.empty(), type);
            assertThat(service.types()).contains(type);
        } else {
            assertThatThrownBy(() -> service.saveType(Optional.empty(), type)).isInstanceOf(AccessDenied.class);
            assertThat(types.byCode("SUPPLY_BREAK")).isEmpty();
        }
    }

    private static StepLimits hours(LimitBasis basis, int each) {
        var limits = new EnumMap<IncidentStep, Duration>(IncidentStep.class);
        for (var step : IncidentStep.values()) {
            limits.put(step, Duration.ofHours(each));
        }
        return new StepLimits(basis, limits);
    }
}
