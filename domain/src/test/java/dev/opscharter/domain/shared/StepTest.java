package dev.opscharter.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepTest {

    private enum Kind { START, CLOSE }

    @Test
    void an_open_step_has_no_reason_against_it() {
        var step = Step.open(Kind.START);

        assertThat(step.isOpen()).isTrue();
        assertThat(step.kind()).isEqualTo(Kind.START);
        assertThat(step.blockedBy()).isEmpty();
    }

    @Test
    void a_blocked_step_carries_the_reason_the_rule_gives() {
        var why = Refusal.of("rule.corrective-action.evidence-required");
        var step = Step.blocked(Kind.CLOSE, why);

        assertThat(step.isOpen()).isFalse();
        assertThat(step.blockedBy()).contains(why);
    }

    @Test
    void a_refusal_is_the_value_of_a_rule_violation_and_back() {
        var violation = new RuleViolation("rule.work-item.needs-sign-off", "IT", 3);

        var refusal = Refusal.of(violation);

        assertThat(refusal).isEqualTo(Refusal.of("rule.work-item.needs-sign-off", "IT", 3));
        assertThat(refusal.violation().messageKey()).isEqualTo("rule.work-item.needs-sign-off");
        assertThat(refusal.violation().arguments()).containsExactly("IT", 3);
    }

    @Test
    void a_refusal_keeps_a_copy_of_its_arguments() {
        var arguments = new ArrayList<Object>(List.of("a"));
        var refusal = new Refusal("key", arguments);

        arguments.add("b");

        assertThat(refusal.arguments()).containsExactly("a");
        assertThatThrownBy(() -> refusal.arguments().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void steps_are_equal_by_kind_and_reason() {
        assertThat(Step.open(Kind.START)).isEqualTo(new Step<>(Kind.START, Optional.empty()));
        assertThat(Step.blocked(Kind.START, Refusal.of("x"))).isNotEqualTo(Step.open(Kind.START));
    }
}
