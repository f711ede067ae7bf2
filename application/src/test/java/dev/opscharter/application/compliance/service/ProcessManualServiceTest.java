package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.ImportedVersion;
import dev.opscharter.application.compliance.ManualFormat;
import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.application.compliance.fakes.InMemoryProcessManual;
import dev.opscharter.application.compliance.fakes.RecordingManualFiles;
import dev.opscharter.application.compliance.port.in.ManageProcessManual.ImportRejected;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessManualServiceTest {

    /** 14 May 2026 in Shanghai, as in {@link OrganizationFixture#NOW}. */
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    private static final ProcessCode COMPLAINTS = new ProcessCode("COMPLAINT_HANDLING");
    private static final BilingualName COMPLAINTS_NAME = new BilingualName("投诉处理流程", "Complaint handling");

    private final OrganizationFixture org = new OrganizationFixture();
    private final InMemoryProcessManual manual = new InMemoryProcessManual();
    private final RecordingManualFiles files = new RecordingManualFiles();
    private final ProcessManualService service = new ProcessManualService(manual, org.useCase, files);

    ProcessManualServiceTest() {
        org.actAs("manager", Role.OPS_MANAGER);
    }

    static Stream<Actor> everyoneButManagement() {
        return Actors.allBut(Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    static Stream<Actor> everyoneButReaders() {
        return Actors.allBut(Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR);
    }

    static Stream<Actor> readers() {
        return Actors.eachOf(Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR);
    }

    private static ProcessStep step(String code, boolean mandatory, String roles, Integer hours) {
        return new ProcessStep(new StepCode(code), new BilingualName(code + "（中）", code.toLowerCase()), mandatory,
                Set.of(roles.split(",")), Optional.ofNullable(hours).map(Duration::ofHours));
    }

    private static VersionDraft draft(LocalDate from, String... extraSteps) {
        var steps = new java.util.ArrayList<>(List.of(
                step("RECEIVE", true, "OPS_SPECIALIST", null),
                step("INVESTIGATE", true, "OPS_SPECIALIST,OPS_MANAGER", 24),
                step("REPLY", true, "OPS_SPECIALIST", 48)));
        for (var extra : extraSteps) {
            steps.add(step(extra, false, "OPS_MANAGER", 8));
        }
        return new VersionDraft(from, LimitBasis.WORKING, Optional.of(Duration.ofHours(72)), steps,
                Set.of(new StepCode("REPLY")));
    }

    private ProcessId complaints() {
        return service.define(COMPLAINTS, COMPLAINTS_NAME, draft(LocalDate.of(2026, 1, 1)));
    }

    private AuditEntry lastAuditEntry() {
        return org.auditLog.entries().getLast();
    }

    @Test
    void a_defined_process_is_read_back_with_its_first_version_in_force() {
        var id = complaints();

        var process = service.process(id);
        assertThat(process.code()).isEqualTo(COMPLAINTS);
        assertThat(process.name()).isEqualTo(COMPLAINTS_NAME);
        assertThat(process.versions()).hasSize(1);
        assertThat(process.inForceOn(service.today())).map(v -> v.number()).contains(1);
        assertThat(process.latest().steps()).extracting(s -> s.code().value())
                .containsExactly("RECEIVE", "INVESTIGATE", "REPLY");
        assertThat(service.processes()).containsExactly(process);
        assertThat(service.today()).isEqualTo(TODAY);
        assertEntry(lastAuditEntry(), CREATE, "manager", "Process", id);
        assertThat(lastAuditEntry().entityLabel()).isEqualTo("COMPLAINT_HANDLING 投诉处理流程");
        assertThat(lastAuditEntry().changes()).anyMatch(c -> c.field().equals("step 2")
                && c.after().contains("INVESTIGATE") && c.after().contains("OPS_MANAGER,OPS_SPECIALIST"));
    }

    @Test
    void a_taken_code_is_refused_on_the_code_field() {
        complaints();
        assertThatThrownBy(() -> service.define(COMPLAINTS, COMPLAINTS_NAME, draft(TODAY)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThat(service.processes()).hasSize(1);
    }

    @Test
    void an_invalid_definition_is_refused_by_the_domain_and_nothing_is_stored() {
        var noEnd = new VersionDraft(TODAY, LimitBasis.CALENDAR, Optional.empty(),
                List.of(step("ONLY", true, "OPS_SPECIALIST", null)), Set.of(new StepCode("ELSEWHERE")));
        assertThatThrownBy(() -> service.define(COMPLAINTS, COMPLAINTS_NAME, noEnd))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.compliance.unknown-end-step"));
        assertThat(manual.all()).isEmpty();
        assertThat(org.auditLog.entries()).isEmpty();
    }

    @Test
    void a_new_version_takes_effect_on_its_day_and_the_old_one_stays_in_force_until_then() {
        var id = complaints();
        var stored = service.process(id);
        var nextWeek = TODAY.plusDays(7);

        int number = service.addVersion(id, draft(nextWeek, "ESCALATE"), stored.version());

        assertThat(number).isEqualTo(2);
        var process = service.process(id);
        assertThat(process.versions()).hasSize(2);
        assertThat(process.versions().getFirst()).isEqualTo(stored.versions().getFirst());
        assertThat(process.inForceOn(TODAY)).map(v -> v.number()).contains(1);
        assertThat(process.inForceOn(nextWeek)).map(v -> v.number()).contains(2);
        assertThat(process.latest().steps()).hasSize(4);
        assertEntry(lastAuditEntry(), UPDATE, "manager", "Process", id);
        assertThat(lastAuditEntry().changes()).anyMatch(c -> c.field().equals("version")
                && c.before().equals("1") && c.after().equals("2"));
        assertThat(lastAuditEntry().changes()).anyMatch(c -> c.field().equals("step 4")
                && c.before().isEmpty() && c.after().startsWith("ESCALATE"));
    }

    @Test
    void a_new_version_may_take_effect_today_but_not_in_the_past() {
        var id = complaints();
        long version = service.process(id).version();

        assertThatThrownBy(() -> service.addVersion(id, draft(TODAY.minusDays(1)), version))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("effectiveFrom");
                    assertThat(e.messageKey()).isEqualTo("validation.compliance.effective-in-past");
                });
        assertThat(service.process(id).versions()).hasSize(1);

        assertThat(service.addVersion(id, draft(TODAY), version)).isEqualTo(2);
        assertThat(service.process(id).inForceOn(TODAY)).map(v -> v.number()).contains(2);
    }

    @Test
    void today_is_the_day_in_the_organizations_time_zone() {
        org.timeZone(java.time.ZoneId.of("America/Los_Angeles"));
        assertThat(service.today()).isEqualTo(TODAY.minusDays(1));
        var id = complaints();
        assertThat(service.addVersion(id, draft(TODAY.minusDays(1)), service.process(id).version())).isEqualTo(2);
    }

    @Test
    void a_stale_edit_is_refused() {
        var id = complaints();
        long read = service.process(id).version();
        service.rename(id, new BilingualName("客户投诉处理", "Customer complaints"), read);

        assertThatThrownBy(() -> service.addVersion(id, draft(TODAY), read))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.rename(id, COMPLAINTS_NAME, read))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(service.process(id).versions()).hasSize(1);
    }

    @Test
    void renaming_keeps_the_versions_and_is_audited() {
        var id = complaints();
        var renamed = new BilingualName("客户投诉处理", "Customer complaints");

        service.rename(id, renamed, service.process(id).version());

        assertThat(service.process(id).name()).isEqualTo(renamed);
        assertThat(service.process(id).versions()).hasSize(1);
        assertEntry(lastAuditEntry(), UPDATE, "manager", "Process", id);
        assertThat(lastAuditEntry().changes()).extracting(c -> c.field()).containsExactly("nameZh", "nameEn");
    }

    @Test
    void an_unknown_process_is_not_found() {
        assertThatThrownBy(() -> service.process(ProcessId.random())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.addVersion(ProcessId.random(), draft(TODAY), 1))
                .isInstanceOf(NotFound.class);
    }

    @ParameterizedTest
    @MethodSource("everyoneButManagement")
    void only_the_manager_and_the_director_may_edit_or_import(Actor someone) {
        var id = complaints();
        org.actAs(someone);

        assertThatThrownBy(() -> service.define(new ProcessCode("OTHER"), COMPLAINTS_NAME, draft(TODAY)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.addVersion(id, draft(TODAY), 1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.rename(id, COMPLAINTS_NAME, 1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.importManual(List.of(imported("OTHER", 1, draft(TODAY)))))
                .isInstanceOf(AccessDenied.class);
        files.toRead.add(imported("OTHER", 1, draft(TODAY)));
        assertThatThrownBy(() -> service.importFile(new byte[]{'P', 'K', 3, 4})).isInstanceOf(AccessDenied.class);
        assertThat(files.read).as("a stranger's file is not even parsed").isEmpty();
        assertThat(manual.all()).hasSize(1);
    }

    @Test
    void a_file_is_read_in_the_format_its_content_shows_and_imported() {
        files.toRead.add(imported("FINES", 1, draft(LocalDate.of(2020, 1, 1))));
        var outcome = service.importFile("format: 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(files.read).containsExactly(ManualFormat.YAML);
        assertThat(outcome.created()).containsExactly(new ProcessCode("FINES"));

        service.importFile(new byte[]{'P', 'K', 3, 4, 0});
        assertThat(files.read).containsExactly(ManualFormat.YAML, ManualFormat.XLSX);
    }

    @Test
    void the_export_is_every_process_in_the_format_asked_for() {
        complaints();
        assertThat(new String(service.exportFile(ManualFormat.XLSX), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("XLSX:COMPLAINT_HANDLING");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void the_operations_roles_and_the_auditor_read_the_manual(Actor reader) {
        var id = complaints();
        org.actAs(reader);
        assertThat(service.processes()).hasSize(1);
        assertThat(service.process(id).code()).isEqualTo(COMPLAINTS);
    }

    @ParameterizedTest
    @MethodSource("everyoneButReaders")
    void nobody_else_reads_it(Actor someone) {
        var id = complaints();
        org.actAs(someone);
        assertThatThrownBy(service::processes).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.process(id)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_director_may_edit_too() {
        org.actAs("director", Role.OPS_DIRECTOR);
        var id = complaints();
        assertEntry(lastAuditEntry(), CREATE, "director", "Process", id);
    }

    // ---- import

    private static ImportedProcess imported(String code, int line, VersionDraft... versions) {
        var imported = new java.util.ArrayList<ImportedVersion>();
        for (int i = 0; i < versions.length; i++) {
            imported.add(new ImportedVersion(line + 3 + i * 10, versions[i]));
        }
        return new ImportedProcess(line, new ProcessCode(code), new BilingualName(code + "流程", code + " process"),
                imported);
    }

    private static ImportedProcess asImported(Process process, int line) {
        return new ImportedProcess(line, process.code(), process.name(),
                process.versions().stream().map(v -> new ImportedVersion(line + 2, VersionDraft.of(v))).toList());
    }

    @Test
    void an_import_defines_new_processes_adds_differing_versions_and_leaves_the_same_ones_alone() {
        var id = complaints();
        var existing = service.process(id);
        var untouched = service.define(new ProcessCode("UNTOUCHED"), new BilingualName("不变", "Untouched"),
                draft(TODAY));
        var sameAgain = asImported(service.process(untouched), 40);
        var complaintsFile = new ImportedProcess(2, COMPLAINTS, COMPLAINTS_NAME, List.of(
                new ImportedVersion(5, VersionDraft.of(existing.latest())),
                new ImportedVersion(20, draft(TODAY.plusDays(30), "ESCALATE"))));
        var fresh = imported("TRAFFIC_FINE", 60, draft(LocalDate.of(2000, 1, 1)), draft(LocalDate.of(2010, 1, 1),
                "APPEAL"));
        int auditsBefore = org.auditLog.entries().size();

        var outcome = service.importManual(List.of(complaintsFile, sameAgain, fresh));

        assertThat(outcome.created()).containsExactly(new ProcessCode("TRAFFIC_FINE"));
        assertThat(outcome.newVersions()).containsExactly(COMPLAINTS);
        assertThat(outcome.unchanged()).containsExactly(new ProcessCode("UNTOUCHED"));
        assertThat(outcome.renamed()).isEmpty();
        assertThat(outcome.changedAnything()).isTrue();
        var complaints = service.process(id);
        assertThat(complaints.versions()).extracting(v -> v.number()).containsExactly(1, 2);
        assertThat(complaints.latest().effectiveFrom()).isEqualTo(TODAY.plusDays(30));
        var fines = manual.byCode(new ProcessCode("TRAFFIC_FINE")).orElseThrow();
        assertThat(fines.versions()).extracting(v -> v.effectiveFrom())
                .containsExactly(LocalDate.of(2000, 1, 1), LocalDate.of(2010, 1, 1));
        assertThat(fines.inForceOn(LocalDate.of(2005, 6, 1))).map(v -> v.number()).contains(1);
        assertThat(org.auditLog.entries()).hasSize(auditsBefore + 2);
        assertThat(service.process(untouched).versions()).hasSize(1);
    }

    @Test
    void importing_the_manual_as_it_is_changes_nothing() {
        complaints();
        service.importManual(List.of(imported("FINES", 1, draft(LocalDate.of(2020, 1, 1)), draft(TODAY))));
        var before = manual.all();
        int audits = org.auditLog.entries().size();

        var outcome = service.importManual(before.stream().map(p -> asImported(p, 1)).toList());

        assertThat(outcome.changedAnything()).isFalse();
        assertThat(outcome.unchanged()).hasSize(2);
        assertThat(manual.all()).isEqualTo(before);
        assertThat(org.auditLog.entries()).hasSize(audits);
    }

    @Test
    void a_changed_name_in_the_file_renames_the_process() {
        var id = complaints();
        var file = new ImportedProcess(1, COMPLAINTS, new BilingualName("投诉处理", "Complaints"),
                List.of(new ImportedVersion(4, VersionDraft.of(service.process(id).latest()))));

        var outcome = service.importManual(List.of(file));

        assertThat(outcome.renamed()).containsExactly(COMPLAINTS);
        assertThat(outcome.newVersions()).isEmpty();
        assertThat(service.process(id).name().english()).isEqualTo("Complaints");
    }

    @Test
    void one_bad_version_rejects_the_whole_file_with_its_line_and_nothing_changes() {
        var id = complaints();
        var before = manual.all();
        var badVersion = new VersionDraft(TODAY, LimitBasis.CALENDAR, Optional.empty(),
                List.of(step("A", true, "X", null), step("A", true, "Y", null)), Set.of(new StepCode("A")));
        var file = List.of(
                imported("GOOD_ONE", 1, draft(TODAY)),
                new ImportedProcess(30, COMPLAINTS, COMPLAINTS_NAME, List.of(new ImportedVersion(33, draft(TODAY,
                        "EXTRA")))),
                new ImportedProcess(50, new ProcessCode("BAD_ONE"), COMPLAINTS_NAME,
                        List.of(new ImportedVersion(54, badVersion))));

        assertThatThrownBy(() -> service.importManual(file)).isInstanceOfSatisfying(ImportRejected.class, e -> {
            assertThat(e.line()).isEqualTo(54);
            assertThat(e.messageKey()).isEqualTo("validation.compliance.duplicate-step");
            assertThat(e.arguments()).containsExactly("A");
        });
        assertThat(manual.all()).isEqualTo(before);
        assertThat(service.process(id).versions()).hasSize(1);
        assertThat(org.auditLog.entries()).hasSize(1);
    }

    @Test
    void a_differing_version_of_a_known_process_that_starts_in_the_past_is_rejected_with_its_line() {
        complaints();
        var file = List.of(new ImportedProcess(7, COMPLAINTS, COMPLAINTS_NAME,
                List.of(new ImportedVersion(12, draft(LocalDate.of(2026, 1, 1), "CHANGED")))));

        assertThatThrownBy(() -> service.importManual(file)).isInstanceOfSatisfying(ImportRejected.class, e -> {
            assertThat(e.line()).isEqualTo(12);
            assertThat(e.messageKey()).isEqualTo("validation.compliance.effective-in-past");
        });
        assertThat(manual.byCode(COMPLAINTS).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void a_process_twice_in_the_file_or_an_empty_file_is_rejected() {
        assertThatThrownBy(() -> service.importManual(List.of(imported("TWICE", 1, draft(TODAY)),
                imported("TWICE", 20, draft(TODAY))))).isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.line()).isEqualTo(20);
                    assertThat(e.messageKey()).isEqualTo("compliance.manual.import.duplicate-process");
                    assertThat(e.arguments()).containsExactly("TWICE", 1);
                });
        assertThatThrownBy(() -> service.importManual(List.of())).isInstanceOf(ImportRejected.class);
        assertThatThrownBy(() -> service.importManual(List.of(new ImportedProcess(3, COMPLAINTS, COMPLAINTS_NAME,
                List.of())))).isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThat(manual.all()).isEmpty();
    }
}
