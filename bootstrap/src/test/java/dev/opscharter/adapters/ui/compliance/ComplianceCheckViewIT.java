package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check pages on the real application: a small process seeded through the manual's port, a
 * quarter of events through the execution records' port, the check run synchronously through the
 * use case, then the list, the check and one case as a user reads them. Each test uses a process
 * code and a quarter of its own.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class ComplianceCheckViewIT extends ViewTest {

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
    UserDetailsService users;

    String process;
    Period.Quarter quarter;
    CheckId check;

    @BeforeEach
    void a_small_process_with_two_cases_checked() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var checked = new CheckedProcess("FINE", new BilingualName("罚单", "Fines"), Duration.ofDays(10))
                .step("T01", new BilingualName("登记", "Register"), "CLERK", null)
                .step("T02", new BilingualName("审核", "Review"), "AGENT", null)
                .step("T04", new BilingualName("结案", "Close"), "AGENT", Duration.ofHours(48))
                .event("LATE-1", "T01", "CLERK", Duration.ZERO)
                .event("LATE-1", "T02", "AGENT", Duration.ofHours(1))
                .event("LATE-1", "T04", "AGENT", Duration.ofHours(1 + 74))
                .event("OK-1", "T01", "CLERK", Duration.ZERO)
                .event("OK-1", "T02", "AGENT", Duration.ofHours(2))
                .event("OK-1", "T04", "AGENT", Duration.ofHours(3))
                .checkedOnDay(10, 2, new CheckedProcess.Ports(manual, records, transactions, run, users));
        process = checked.code();
        quarter = checked.quarter();
        check = checked.check();
    }

    @Test
    void the_list_shows_the_check_with_its_period_state_and_overall_rate() {
        UI.getCurrent().navigate("compliance/checks");

        assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle()).isEqualTo("Compliance checks");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("checks-grid");
        var rows = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> rowTexts(grid, i))
                .filter(r -> r.get(1).equals(process)).toList();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("Q2 " + quarter.year());
            assertThat(row.get(3)).isEqualTo("50.0%");
            assertThat(row.get(4)).isEqualTo("2");
        });
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("check-run").exists()).isTrue();
    }

    @Test
    void the_check_shows_rates_per_process_and_overall_deviations_by_type_and_step_and_the_worst_cases() {
        UI.getCurrent().navigate("compliance/checks/" + check);

        assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle())
                .isEqualTo("Compliance check Q2 " + quarter.year() + " · " + process);
        assertThat($(Div.class).id("check-overall").getElement().getTextRecursively())
                .isEqualTo("Overall compliance rate 50.0% (1 of 2 cases); 6 events checked.");
        assertThat($(Div.class).id("check-chart").getElement().toString()).contains("<svg").contains("Fines");
        assertThat(rowTexts($(Grid.class).id("check-processes"), 0))
                .containsExactly(process, "Fines", "2", "1", "50.0%", "6", "0");
        assertThat(rowTexts($(Grid.class).id("check-types"), 0)).containsExactly("Step late", "1", "1");
        assertThat(rowTexts($(Grid.class).id("check-steps"), 0)).containsExactly(process, "T04", "Step late", "1",
                "Corrective action…");
        // the manager turns the finding into a corrective action: the link carries the finding
        assertThat($(Anchor.class).all()).anySatisfy(link -> assertThat(link.getHref())
                .startsWith("compliance/actions?").contains("check=" + check.value())
                .contains("process=" + process).contains("type=STEP_LATE").contains("step=T04").contains("cases=1"));
        var worst = rowTexts($(Grid.class).id("check-worst"), 0);
        assertThat(worst.subList(0, 5)).containsExactly(process, "LATE-1", "1", "Step late", "3 d 3 h");
        assertThat(test($(Grid.class).id("check-unknown")).size()).isZero();
        assertThat(queries.check(check).orElseThrow().overall()).contains(new Rate(1, 2));
    }

    @Test
    void a_case_shows_its_events_on_a_timeline_and_each_deviation_in_words() {
        UI.getCurrent().navigate("compliance/checks/" + check + "/cases/" + process + "/LATE-1");

        assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle()).isEqualTo("Case LATE-1 · " + process);
        assertThat($(Div.class).id("case-verdict").getText()).isEqualTo("One deviation");
        var deviations = $(Grid.class).id("case-deviations");
        assertThat(test(deviations).size()).isEqualTo(1);
        assertThat(test(deviations).getCellText(0, 0))
                .isEqualTo("Step late" + "T04 came 3 d 2 h after T02; the limit is 48 h.");
        var timeline = $(Grid.class).id("case-timeline");
        assertThat(test(timeline).size()).isEqualTo(3);
        assertThat(test(timeline).getCellText(0, 0)).contains("T01 · Register", "by CLERK").doesNotContain("(+");
        assertThat(test(timeline).getCellText(1, 0)).contains("T02 · Review", "by AGENT", "(+1 h)")
                .doesNotContain("⚠");
        // the late step carries its deviation in words on the timeline
        assertThat(test(timeline).getCellText(2, 0)).contains("T04 · Close", "by AGENT", "(+3 d 2 h)",
                "⚠ T04 came 3 d 2 h after T02; the limit is 48 h.");

        UI.getCurrent().navigate("compliance/checks/" + check + "/cases/" + process + "/OK-1");
        assertThat($(Div.class).id("case-verdict").getText()).isEqualTo("The case complies: no deviation.");
    }

    @Test
    void a_case_id_with_url_characters_opens_from_the_worst_cases_and_by_its_address() {
        var awkward = "B#1/x?y %";
        var t0 = quarter.firstDay().plusDays(20).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        new SignedIn(users).as("manager", () -> {
            transactions.run(() -> {
                try (var batch = records.begin("ComplianceCheckViewIT", "manager")) {
                    batch.add(awkward, process, "T01", "CLERK", t0);
                    batch.add(awkward, process, "T04", "CLERK", t0.plus(Duration.ofDays(30)));
                    batch.commit();
                }
            });
            run.rerun(check);
            return null;
        });
        UI.getCurrent().navigate("compliance/checks/" + check);
        var worst = $(Grid.class).id("check-worst");
        int row = java.util.stream.IntStream.range(0, test(worst).size())
                .filter(i -> rowTexts(worst, i).get(1).equals(awkward)).findFirst().orElseThrow();

        test(worst).clickRow(row);

        assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle()).isEqualTo("Case " + awkward + " · " + process);
        UI.getCurrent().navigate("compliance/checks");
        UI.getCurrent().navigate("compliance/checks/" + check + "/cases/" + process + "/"
                + java.net.URLEncoder.encode(awkward, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle()).isEqualTo("Case " + awkward + " · " + process);
        assertThat($(Div.class).id("case-verdict").getText()).isNotEqualTo("The case complies: no deviation.");
    }

    @Test
    void a_run_by_the_schedule_is_named_as_such_in_the_users_language() {
        SystemTasks.asScheduled(() -> {
            run.rerun(check);
            return null;
        });

        UI.getCurrent().navigate("compliance/checks/" + check);
        assertThat($(Span.class).id("check-status").getText()).startsWith("Done · last run ")
                .endsWith(", run by Scheduled").doesNotContain("scheduled");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("compliance/checks/" + check);
        assertThat($(Span.class).id("check-status").getText()).startsWith("已完成 · 最近执行于 ")
                .endsWith("，执行人：按计划");
    }

    @Test
    void the_list_reads_a_page_and_refreshes_itself_while_a_check_on_it_is_queued() {
        // the newest period that has begun, so the check is on the first page of the list
        var recent = Period.quarterOf(java.time.LocalDate.now()).previous();
        var queued = new SignedIn(users).as("specialist", () -> run.start(recent, Optional.of(new ProcessCode(process))));
        assertThat(queries.check(queued).orElseThrow().state()).isEqualTo(RunState.QUEUED);

        UI.getCurrent().navigate("compliance/checks");

        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("checks-grid");
        var rows = java.util.stream.IntStream.range(0, Math.min(test(grid).size(), 50)).mapToObj(i -> rowTexts(grid, i))
                .filter(r -> r.get(1).equals(process) && r.get(0).equals("Q" + recent.quarter() + " " + recent.year()))
                .toList();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.get(2)).startsWith("Queued"));
        assertThat(UI.getCurrent().getPollInterval()).as("a queued check on the page refreshes the list by itself")
                .isEqualTo(2000);
    }

    @Test
    void a_queued_check_names_who_asked_for_it_by_their_name_not_whoever_ran_it_last() {
        // a quarter that has begun (a check can be asked for only then), this test's own process
        var begun = new Period.Quarter(2025, 1);
        var queued = new SignedIn(users).as("specialist", () -> run.start(begun, Optional.of(new ProcessCode(process))));
        assertThat(queries.check(queued).orElseThrow().state()).isEqualTo(RunState.QUEUED);

        UI.getCurrent().navigate("compliance/checks/" + queued);
        assertThat($(Span.class).id("check-status").getText()).isEqualTo("Queued · requested by 张晓雨");
        assertThat(UI.getCurrent().getPollInterval()).as("a queued check refreshes by itself")
                .isEqualTo(2000);
        var ui = UI.getCurrent();
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new com.vaadin.flow.component.PollEvent(ui, true));
        assertThat($(Span.class).id("check-status").getText()).startsWith("Queued");

        UI.getCurrent().navigate("compliance/checks/" + check);
        assertThat(UI.getCurrent().getPollInterval()).as("a finished check no longer polls at the check's pace")
                .isNotEqualTo(2000);

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("compliance/checks/" + queued);
        assertThat($(Span.class).id("check-status").getText()).isEqualTo("排队中 · 发起人：张晓雨");
    }

    @Test
    void the_manager_closes_the_check_after_being_told_it_cannot_be_undone_and_it_can_no_longer_be_run() {
        UI.getCurrent().navigate("compliance/checks/" + check);
        click("check-close");
        var confirm = $(com.vaadin.flow.component.dialog.Dialog.class).id("check-close-dialog");
        assertThat(confirm.isOpened()).isTrue();
        assertThat(confirm.getElement().getTextRecursively()).contains("can no longer be run again")
                .contains("This cannot be undone.");
        click("check-close-cancel");
        assertThat(queries.check(check).orElseThrow().closed()).as("cancelled: nothing happens").isFalse();

        click("check-close");
        click("check-close-save");

        assertThat(queries.check(check).orElseThrow().closed()).isTrue();
        assertThat(notifications()).contains("The check is closed; its results no longer change.");
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("check-run-again").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("check-close").exists()).isFalse();
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_reads_the_check_but_runs_and_closes_nothing() {
        UI.getCurrent().navigate("compliance/checks/" + check);

        assertThat($(Div.class).id("check-overall").getElement().getTextRecursively()).contains("50.0%");
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("check-run-again").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("check-close").exists()).isFalse();
        UI.getCurrent().navigate("compliance/checks");
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("check-run").exists()).isFalse();
    }

    @Autowired
    dev.opscharter.application.compliance.port.out.ComplianceChecks checks;

    @Test
    void a_check_whose_last_run_was_interrupted_is_closed_on_the_results_before_it_as_the_rule_allows() {
        transactions.run(() -> checks.changeState(check, RunState.FAILED,
                Optional.of(dev.opscharter.domain.shared.Interrupted.REASON)));
        UI.getCurrent().navigate("compliance/checks/" + check);

        click("check-close");
        click("check-close-save");

        assertThat(queries.check(check).orElseThrow().closed()).isTrue();
        assertThat(notifications()).contains("The check is closed; its results no longer change.");
    }
}
