package dev.opscharter.domain.shared;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What every record's steps must agree with: a step offered open succeeds when taken; one absent or
 * blocked is refused by the rule, with the very reason the blocked step showed.
 */
public final class StepAgreement {

    private StepAgreement() {
    }

    public static <K extends Enum<K>> void assertAgrees(List<Step<K>> steps, K kind, Runnable transition) {
        var step = steps.stream().filter(s -> s.kind() == kind).findFirst();
        if (step.map(Step::isOpen).orElse(false)) {
            assertThatCode(transition::run).as("%s is open", kind).doesNotThrowAnyException();
            return;
        }
        var refusal = catchThrowable(transition::run);
        assertThat(refusal).as("%s is not open", kind).isInstanceOf(RuleViolation.class);
        step.flatMap(Step::blockedBy).ifPresent(why ->
                assertThat(((RuleViolation) refusal).messageKey()).isEqualTo(why.messageKey()));
    }
}
