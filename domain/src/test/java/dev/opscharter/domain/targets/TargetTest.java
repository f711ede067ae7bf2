package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetTest {

    private static final Instant SET = Instant.parse("2026-12-20T02:00:00Z");
    private final Target target = Target.set(BusinessUnitId.random(), MetricId.random(), new Period.Year(2027),
            new BigDecimal("1000000"), "li.ming", SET);

    @Test
    void a_revision_keeps_the_old_value_with_who_set_it_and_why_and_the_latest_counts() {
        var revised = target.revise(new BigDecimal("1200000"), "zhao.min", SET.plusSeconds(86_400), "new channel");

        assertThat(revised.value()).isEqualByComparingTo("1200000");
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.revisions()).extracting(TargetRevision::by).containsExactly("li.ming", "zhao.min");
        assertThat(revised.revisions().getLast().reason()).contains("new channel");
        assertThat(revised.revisions().getFirst().reason()).isEmpty();
    }

    @Test
    void the_same_value_again_or_a_change_without_a_reason_is_refused() {
        assertThatThrownBy(() -> target.revise(new BigDecimal("1000000.00"), "zhao.min", SET, "again"))
                .isInstanceOf(InvalidValue.class).hasFieldOrPropertyWithValue("messageKey",
                        "validation.targets.unchanged");
        assertThatThrownBy(() -> target.revise(new BigDecimal("900000"), "zhao.min", SET, " "))
                .isInstanceOf(InvalidValue.class).hasFieldOrPropertyWithValue("field", "reason");
        assertThatThrownBy(() -> new Target(target.unit(), target.metric(), target.period(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetRevision(BigDecimal.ONE, "a", SET, Optional.of("x".repeat(501))))
                .isInstanceOf(InvalidValue.class);
    }
}
