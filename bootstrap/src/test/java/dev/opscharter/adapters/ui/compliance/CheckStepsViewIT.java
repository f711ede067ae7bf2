package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CheckStep;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Interrupted;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check page offers exactly the steps the check gives its reader: for each state a check can be
 * in (completed, failed, interrupted after results, queued, closed) and each role that reads checks,
 * the buttons shown are the open steps of {@code ComplianceCheckQueries.detail}.
 */
@OpsCharterSpringTest
class CheckStepsViewIT extends ViewTest {

    private static final Map<CheckStep, String> IDS = Map.of(CheckStep.RUN_AGAIN, "check-run-again",
            CheckStep.CLOSE, "check-close");

    @Autowired
    ProcessManual manual;
    @Autowired
    ExecutionRecords records;
    @Autowired
    Transactions transactions;
    @Autowired
    RunComplianceCheck run;
    @Autowired
    ComplianceCheckQueries queries;
    @Autowired
    ComplianceChecks checks;
    @Autowired
    UserDetailsService users;

    CheckId check;

    @BeforeEach
    void a_process_checked() {
        check = new CheckedProcess("STEPS", new BilingualName("步骤", "Steps"), Duration.ofDays(10))
                .step("T01", new BilingualName("登记", "Register"), "CLERK", null)
                .event("CASE-1", "T01", "CLERK", Duration.ZERO)
                .checkedOnDay(10, 2, new CheckedProcess.Ports(manual, records, transactions, run, users))
                .check();
    }

    @Test
    @WithUserDetails("manager")
    void the_manager() {
        assertThat(queries.detail(check).steps()).extracting(Step::kind)
                .as("a completed check: the manager runs it again or closes it")
                .containsExactly(CheckStep.RUN_AGAIN, CheckStep.CLOSE);
        assertEveryStateAgrees();
    }

    @Test
    @WithUserDetails("specialist")
    void the_specialist() {
        assertEveryStateAgrees();
    }

    @Test
    @WithUserDetails("director")
    void the_director() {
        assertEveryStateAgrees();
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor() {
        assertThat(queries.detail(check).steps()).as("internal audit reads, runs nothing").isEmpty();
        assertEveryStateAgrees();
    }

    private void assertEveryStateAgrees() {
        assertPageAgrees("completed");
        setState(RunState.FAILED, Optional.of("the database went away"));
        assertPageAgrees("failed");
        setState(RunState.FAILED, Optional.of(Interrupted.REASON));
        assertPageAgrees("interrupted after results");
        setState(RunState.QUEUED, Optional.empty());
        assertPageAgrees("queued");
        setState(RunState.DONE, Optional.empty());
        transactions.run(() -> checks.close(check, "manager", Instant.now()));
        assertPageAgrees("closed");
    }

    private void setState(RunState state, Optional<String> failure) {
        transactions.run(() -> checks.changeState(check, state, failure));
    }

    private void assertPageAgrees(String state) {
        var expected = queries.detail(check).steps().stream().filter(Step::isOpen).map(Step::kind)
                .collect(Collectors.toSet());
        UI.getCurrent().navigate("compliance/checks");
        UI.getCurrent().navigate("compliance/checks/" + check);
        assertThat(offered()).as("a %s check", state).isEqualTo(expected);
    }

    private Set<CheckStep> offered() {
        return IDS.entrySet().stream()
                .filter(e -> $(Button.class).withId(e.getValue()).exists())
                .filter(e -> button(e.getValue()).isEnabled())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
