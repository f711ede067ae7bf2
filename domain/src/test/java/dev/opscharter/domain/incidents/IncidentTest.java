package dev.opscharter.domain.incidents;

import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static dev.opscharter.domain.incidents.IncidentStep.EMERGENCY_MEASURE;
import static dev.opscharter.domain.incidents.IncidentStep.LOCATE_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentTest {

    static final Instant REPORTED = Instant.parse("2026-12-04T09:00:00Z");
    static final IncidentType FAILURE = IncidentType.defaults().getFirst();
    static final WorkingCalendar SHANGHAI = WorkingCalendar.standard(ZoneId.of("Asia/Shanghai"));
    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));
    static final Actor AUDITOR = Actor.user("auditor", Set.of(Role.AUDITOR));

    private static Incident reported() {
        return Incident.report(FAILURE, "Order system down", MANAGER, REPORTED);
    }

    private static Incident allDone() {
        var at = REPORTED;
        var followUp = CorrectiveActionId.random();
        return reported().done(new StepRecord.Cause("disk full"), MANAGER, at = at.plus(Duration.ofHours(1)))
                .done(new StepRecord.Measure("cleared logs"), DIRECTOR, at = at.plus(Duration.ofHours(1)))
                .done(new StepRecord.Notified(List.of("IT", "Sales", "IT")), MANAGER, at = at.plus(Duration.ofHours(1)))
                .done(new StepRecord.PostMortem("rotate logs", List.of(followUp)), MANAGER, at.plus(Duration.ofHours(1)));
    }

    @Test
    void the_defaults_are_the_three_types_of_the_plan() {
        assertThat(IncidentType.defaults()).extracting(IncidentType::code)
                .containsExactly("SYSTEM_FAILURE", "ORDER_SURGE", "MAJOR_COMPLAINT");
    }

    @Test
    void steps_are_done_in_order_each_with_who_did_it_and_what_was_recorded() {
        var incident = allDone();

        assertThat(incident.finished()).isTrue();
        assertThat(incident.handled().get(EMERGENCY_MEASURE).by()).isEqualTo("director");
        assertThat(incident.stakeholders()).containsExactly("IT", "Sales");
        assertThat(incident.postMortem()).contains("rotate logs");
        assertThat(incident.followUps()).hasSize(1);
        assertThat(incident.timeline().handledInTime(FAILURE.limits(), SHANGHAI, REPORTED.plus(Duration.ofDays(1))))
                .contains(true);
    }

    @Test
    void a_step_out_of_order_or_after_the_last_is_refused() {
        assertThatThrownBy(() -> reported().done(new StepRecord.Measure("m"), MANAGER, REPORTED.plusSeconds(60)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.incidents.step-out-of-order");
        assertThatThrownBy(() -> allDone().done(new StepRecord.Cause("again"), MANAGER, REPORTED.plus(Duration.ofDays(1))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.incidents.finished");
    }

    @Test
    void only_handlers_do_steps_and_only_the_director_rules_once() {
        assertThatThrownBy(() -> reported().done(new StepRecord.Cause("c"), AUDITOR, REPORTED.plusSeconds(1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.incidents.handle-only");
        assertThatThrownBy(() -> reported().rule(true, MANAGER, REPORTED))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.incidents.rule-director-only");

        var ruled = reported().rule(true, DIRECTOR, REPORTED.plusSeconds(5));

        assertThat(ruled.majorAccident()).isTrue();
        assertThat(ruled.ruling().orElseThrow().by()).isEqualTo("director");
        assertThat(ruled.allowedSteps(DIRECTOR)).filteredOn(s -> s.kind() == IncidentAction.RULE)
                .singleElement().satisfies(s -> assertThat(s.isOpen()).isFalse());
        assertThatThrownBy(() -> ruled.rule(false, DIRECTOR, REPORTED.plusSeconds(9)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.incidents.already-ruled");
    }

    @Test
    void an_auditor_is_offered_no_step_a_manager_the_next_step_but_no_ruling() {
        assertThat(reported().allowedSteps(AUDITOR)).isEmpty();
        assertThat(reported().allowedSteps(MANAGER)).extracting(s -> s.kind()).containsExactly(IncidentAction.DO_STEP);
        assertThat(allDone().allowedSteps(MANAGER)).isEmpty();
    }

    @Test
    void an_overdue_step_is_offered_for_escalation_until_marked() {
        var incident = reported();
        var late = REPORTED.plus(Duration.ofHours(3));

        assertThat(incident.overdueUnescalated(FAILURE.limits(), SHANGHAI, late)).extracting(StepTiming::step)
                .containsExactly(LOCATE_CAUSE);
        assertThat(incident.escalated(LOCATE_CAUSE).overdueUnescalated(FAILURE.limits(), SHANGHAI, late)).isEmpty();
        assertThat(incident.ownerOf(LOCATE_CAUSE)).isEqualTo("manager");
    }

    @Test
    void timeliness_counts_finished_and_late_incidents_only_and_none_is_no_figure() {
        var now = REPORTED.plus(Duration.ofHours(1));
        var running = reported();
        assertThat(Timeliness.of(List.of(running), code -> FAILURE.limits(), SHANGHAI, now)).isEqualTo(Timeliness.NONE);
        assertThat(Timeliness.NONE.fraction()).isEmpty();

        var later = REPORTED.plus(Duration.ofDays(2));
        var timeliness = Timeliness.of(List.of(allDone(), running), code -> FAILURE.limits(), SHANGHAI, later);
        assertThat(timeliness).isEqualTo(new Timeliness(1, 2));
        assertThat(timeliness.fraction()).hasValue(0.5);
    }
}
