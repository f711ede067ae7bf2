package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.ImportProgress;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.NewCorrectiveAction;
import dev.opscharter.application.compliance.port.in.ManageProcessManual;
import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.ImportedVersion;
import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Internal audit reads compliance and changes nothing (SPEC, roles: "read compliance reports and
 * rectification evidence; never edit them"), on the real application: a process, a quarter of its
 * cases checked and a corrective action with evidence, set up by the manager and the specialist;
 * then the demo auditor opens every compliance page and finds only what reads, and calls every
 * command of the compliance use cases directly, as a crafted request would, and is refused each
 * with {@link AccessDenied}, leaving everything as it was.
 */
@OpsCharterSpringTest
@WithUserDetails("auditor")
class AuditorReadOnlyIT extends ViewTest {

    /** The only buttons an auditor meets on the compliance pages: the top bar, lists, dialogs and their own inbox. */
    static final Set<String> READING_BUTTONS = Set.of("current-user", "my-settings", "sign-out", "language-switch",
            "check-refresh", "actions-details", "action-details-close", "action-details-history",
            "inbox-open", "inbox-mark-read", "inbox-mark-all-read", "manual-print-button");

    static final String ACTION_LINK = "compliance/actions?action=";

    @Autowired
    ProcessManual manual;
    @Autowired
    ExecutionRecords records;
    @Autowired
    Transactions transactions;
    @Autowired
    InboxStore inboxStore;
    @Autowired
    UserDetailsService users;
    @Autowired
    ManageProcessManual manageManual;
    @Autowired
    ImportExecutionRecords imports;
    @Autowired
    RunComplianceCheck run;
    @Autowired
    ComplianceCheckQueries checks;
    @Autowired
    ManageCorrectiveActions manageActions;
    @Autowired
    CorrectiveActionQueries actions;

    String process;
    Period.Quarter quarter;
    Process defined;
    CheckId check;
    CorrectiveActionId action;
    String title;

    @BeforeEach
    void a_checked_quarter_and_a_corrective_action_with_evidence() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        title = "Audited action " + suffix;
        var checked = new CheckedProcess("AUDIT", new BilingualName("审计", "Audit"), Duration.ofDays(5))
                .step("A1", new BilingualName("受理", "Receive"), "CLERK", null)
                .step("A2", new BilingualName("办结", "Close"), "AGENT", Duration.ofHours(24))
                .event("LATE-1", "A1", "CLERK", Duration.ZERO)
                .event("LATE-1", "A2", "AGENT", Duration.ofHours(30))
                .event("OK-1", "A1", "CLERK", Duration.ZERO)
                .event("OK-1", "A2", "AGENT", Duration.ofHours(2))
                .checkedOnDay(3, 3, new CheckedProcess.Ports(manual, records, transactions, run, users));
        process = checked.code();
        quarter = checked.quarter();
        defined = checked.process();
        check = checked.check();
        var signedIn = new SignedIn(users);
        signedIn.as("manager", () -> {
            action = manageActions.create(new NewCorrectiveAction(new FindingRef(check.value(), quarter.key(), process,
                    DeviationType.STEP_LATE, "A2"), "1 case late", 1, title, "specialist",
                    actions.today().plusDays(10), ""));
            return null;
        });
        signedIn.as("specialist", () -> manageActions.attachEvidence(action, "roster.txt", "text/plain",
                "new roster".getBytes(StandardCharsets.UTF_8)));
        transactions.run(() -> inboxStore.add(new InboxEntry(UUID.randomUUID(), "auditor",
                "notification.corrective-action.submitted", List.of(title, "specialist"),
                ACTION_LINK + action, Instant.now(), Optional.empty())));
    }

    // ---------------------------------------------------------------- the pages

    private void open(String location) {
        var parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    /** What the auditor could change on the page: any button beyond reading, any upload. */
    private void assertNothingToChange(String page) {
        var buttons = $(Button.class).all().stream()
                .filter(button -> !(button instanceof DrawerToggle))
                .map(button -> button.getId().orElse("(no id) " + button.getText()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(buttons).as("buttons on " + page).isSubsetOf(READING_BUTTONS);
        if (!page.contains("printable")) {
            assertThat(buttons).as("the page's own buttons are seen, the top bar's too").contains("sign-out");
        }
        assertThat($(Upload.class).all()).as("uploads on " + page).isEmpty();
    }

    @Test
    void the_auditor_opens_the_process_manual_and_its_process_and_can_change_nothing() {
        open("compliance/manual");
        assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle()).isNotBlank();
        @SuppressWarnings("unchecked")
        Grid<Process> processes = $(Grid.class).id("manual-processes");
        int row = IntStream.range(0, test(processes).size())
                .filter(i -> test(processes).getRow(i).code().value().equals(process)).findFirst().orElseThrow();
        test(processes).select(row);

        assertThat($(H3.class).id("manual-process-title").getText()).contains(process);
        assertThat($(Button.class).withId("manual-define").exists()).isFalse();
        assertThat($(Button.class).withId("manual-add-version").exists()).isFalse();
        assertThat($(Button.class).withId("manual-rename").exists()).isFalse();
        assertNothingToChange("the process manual");

        open("compliance/manual/print");
        assertNothingToChange("the printable manual");
    }

    @Test
    void the_auditor_reads_the_execution_records_but_finds_no_import() {
        open("compliance/records");
        assertThat($(Grid.class).id("records-processes")).isNotNull();
        assertThat($(Div.class).withId("records-import").exists()).isFalse();
        assertNothingToChange("the execution records");
    }

    @Test
    void the_auditor_reads_the_checks_a_check_and_a_case_and_runs_or_closes_nothing() {
        open("compliance/checks");
        assertThat($(Grid.class).id("checks-grid")).isNotNull();
        assertThat($(Button.class).withId("check-run").exists()).isFalse();
        assertNothingToChange("the list of checks");

        open("compliance/checks/" + check);
        assertThat($(Div.class).id("check-overall").getElement().getTextRecursively()).contains("50.0%");
        assertThat($(Button.class).withId("check-run-again").exists()).isFalse();
        assertThat($(Button.class).withId("check-close").exists()).isFalse();
        assertThat($(Anchor.class).all()).as("no link to raise a corrective action")
                .noneMatch(link -> link.getHref().startsWith("compliance/actions?"));
        assertNothingToChange("a check");

        open("compliance/checks/" + check + "/cases/" + process + "/LATE-1");
        assertThat($(Div.class).id("case-verdict").getText()).isEqualTo("One deviation");
        assertNothingToChange("a case");
    }

    @Test
    void the_auditor_reads_the_corrective_action_and_its_evidence_but_takes_no_step() {
        open("compliance/actions");
        assertThat($(Button.class).withId("actions-new").exists()).isFalse();
        assertNothingToChange("the corrective actions");

        open(ACTION_LINK + action);
        var details = $(Dialog.class).id("action-details");
        assertThat(details.getHeaderTitle()).isEqualTo(title);
        assertThat($(Anchor.class).id("action-evidence-0").getText()).contains("roster.txt");
        for (var step : List.of("action-start", "action-root-cause-edit", "action-submit", "action-verify",
                "action-close", "action-reopen", "action-reassign")) {
            assertThat($(Button.class).withId(step).exists()).as(step).isFalse();
        }
        assertNothingToChange("a corrective action");
    }

    @Test
    void the_auditor_reads_their_inbox_and_follows_a_notification_to_the_action() {
        open("inbox");
        @SuppressWarnings("unchecked")
        Grid<InboxEntry> entries = $(Grid.class).id("inbox-grid");
        int row = IntStream.range(0, test(entries).size())
                .filter(i -> test(entries).getRow(i).link().equals(ACTION_LINK + action)).findFirst().orElseThrow();
        assertNothingToChange("the inbox");

        test(entries).select(row);
        click("inbox-open");
        assertThat($(Dialog.class).id("action-details").getHeaderTitle()).isEqualTo(title);
        assertNothingToChange("the action opened from the inbox");
    }

    // ---------------------------------------------------------------- the use cases

    private static void refused(ThrowingCallable command) {
        assertThatThrownBy(command).isInstanceOf(AccessDenied.class);
    }

    @Test
    void every_command_on_the_process_manual_and_the_execution_records_is_refused() {
        var draft = VersionDraft.of(defined.latest());
        var later = new VersionDraft(LocalDate.of(2099, 1, 1), draft.basis(), draft.endToEndLimit(), draft.steps(),
                draft.endSteps());
        var csv = "case_id,process_code,step_code,actor_role,occurred_at\nX-1," + process + ",A1,CLERK,"
                + quarter.firstDay() + "T10:00:00+08:00\n";

        refused(() -> manageManual.define(new ProcessCode(process + "_NEW"), new BilingualName("新", "New"), draft));
        refused(() -> manageManual.addVersion(defined.id(), later, defined.version()));
        refused(() -> manageManual.rename(defined.id(), new BilingualName("改名", "Renamed"), defined.version()));
        refused(() -> manageManual.importManual(List.of(new ImportedProcess(1, new ProcessCode(process),
                new BilingualName("改名", "Renamed"), List.of(new ImportedVersion(2, later))))));
        refused(() -> imports.importRecords(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x.csv",
                ImportProgress.NONE));

        assertThat(manual.byCode(new ProcessCode(process))).contains(defined);
        assertThat(manual.byCode(new ProcessCode(process + "_NEW"))).isEmpty();
        assertThat(imports.storedProcesses()).filteredOn(p -> p.processCode().equals(process))
                .singleElement().satisfies(p -> assertThat(p.events()).isEqualTo(4));
    }

    @Test
    void every_command_on_the_compliance_checks_is_refused() {
        var before = checks.check(check).orElseThrow();

        refused(() -> run.run(quarter, Optional.of(new ProcessCode(process))));
        refused(() -> run.run(new Period.Quarter(quarter.year(), 4), Optional.empty()));
        refused(() -> run.start(quarter, Optional.of(new ProcessCode(process))));
        refused(() -> run.rerun(check));
        refused(() -> run.close(check));

        assertThat(checks.check(check)).contains(before);
        assertThat(checks.checks()).filteredOn(c -> c.period().equals(new Period.Quarter(quarter.year(), 4))
                && c.process().isEmpty()).isEmpty();
    }

    @Test
    void every_command_on_the_corrective_actions_is_refused() {
        var before = actions.get(action);
        long version = before.version();
        var finding = before.origin();

        refused(() -> manageActions.create(new NewCorrectiveAction(finding, "", 1, "Auditor's own", "specialist",
                actions.today().plusDays(5), "")));
        refused(() -> manageActions.reassign(action, "manager", actions.today().plusDays(20), version));
        refused(() -> manageActions.recordRootCause(action, "seen by audit", version));
        refused(() -> manageActions.attachEvidence(action, "audit.txt", "text/plain", new byte[]{1}));
        refused(() -> manageActions.start(action, version));
        refused(() -> manageActions.submit(action, "note", version));
        refused(() -> manageActions.verify(action, version));
        refused(() -> manageActions.close(action, version));
        refused(() -> manageActions.reopen(action, "reason", version));

        CorrectiveAction after = actions.get(action);
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.evidence()).isEqualTo(before.evidence());
        assertThat(actions.all()).noneMatch(a -> a.title().equals("Auditor's own"));
    }
}
