package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ProcessManual} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class ProcessManualContract {

    protected abstract ProcessManual manual();

    static ProcessCode freshCode() {
        return new ProcessCode("P_" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT)
                .substring(0, 16));
    }

    static ProcessVersion receiptVersion(int number, LocalDate from) {
        return new ProcessVersion(number, from, List.of(
                new ProcessStep(new StepCode("CONFIRMATION_OF_RECEIPT"), new BilingualName("收件确认", "Confirmation"),
                        true, Set.of("GROUP_1", "UNKNOWN"), Optional.empty()),
                new ProcessStep(new StepCode("T02_CHECK_CONFIRMATION_OF_RECEIPT"), new BilingualName("核对", "Check"),
                        false, Set.of("GROUP_4"), Optional.of(Duration.ofHours(4))),
                new ProcessStep(new StepCode("T10_DETERMINE_NECESSITY_TO_STOP_INDICATION"),
                        new BilingualName("判定是否中止", "Determine stop"), true, Set.of("GROUP_1"),
                        Optional.of(Duration.ofSeconds(90)))),
                Optional.of(Duration.ofDays(14)),
                Set.of(new StepCode("T10_DETERMINE_NECESSITY_TO_STOP_INDICATION"),
                        new StepCode("CONFIRMATION_OF_RECEIPT")), LimitBasis.WORKING);
    }

    static Process newProcess(ProcessCode code) {
        return Process.define(code, new BilingualName("收件流程", "Receipt"), receiptVersion(1,
                LocalDate.of(2010, 10, 1)));
    }

    @Test
    void a_new_process_round_trips_with_its_steps_in_order_and_is_stored_as_version_1() {
        var process = newProcess(freshCode());

        var saved = manual().save(process);

        assertThat(saved.version()).isEqualTo(1);
        var found = manual().byId(process.id()).orElseThrow();
        assertThat(found).isEqualTo(new Process(process.id(), process.code(), process.name(), process.versions(), 1));
        assertThat(found.latest().steps()).extracting(s -> s.code().value()).containsExactly(
                "CONFIRMATION_OF_RECEIPT", "T02_CHECK_CONFIRMATION_OF_RECEIPT",
                "T10_DETERMINE_NECESSITY_TO_STOP_INDICATION");
        assertThat(manual().byCode(process.code())).contains(found);
        assertThat(manual().all()).contains(found);
    }

    @Test
    void a_version_without_limits_on_calendar_time_round_trips() {
        var version = new ProcessVersion(1, LocalDate.of(2026, 7, 1), List.of(
                new ProcessStep(new StepCode("ONLY"), new BilingualName("唯一", "Only"), true, Set.of("OPS_MANAGER"),
                        Optional.empty())), Optional.empty(), Set.of(new StepCode("ONLY")), LimitBasis.CALENDAR);
        var process = Process.define(freshCode(), new BilingualName("简单", "Simple"), version);

        manual().save(process);

        assertThat(manual().byId(process.id()).orElseThrow().versions()).containsExactly(version);
    }

    @Test
    void a_new_version_is_added_and_the_earlier_ones_stay_as_they_were() {
        var saved = manual().save(newProcess(freshCode()));
        var next = receiptVersion(1, LocalDate.of(2026, 9, 1));

        var again = manual().save(saved.withVersion(next, saved.version()));

        assertThat(again.version()).isEqualTo(2);
        var found = manual().byId(saved.id()).orElseThrow();
        assertThat(found.versions()).extracting(ProcessVersion::number).containsExactly(1, 2);
        assertThat(found.versions().getFirst()).isEqualTo(saved.versions().getFirst());
        assertThat(found.latest().effectiveFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void a_rename_keeps_the_versions() {
        var saved = manual().save(newProcess(freshCode()));

        manual().save(saved.renamed(new BilingualName("新名称", "New name"), saved.version()));

        var found = manual().byId(saved.id()).orElseThrow();
        assertThat(found.name()).isEqualTo(new BilingualName("新名称", "New name"));
        assertThat(found.versions()).isEqualTo(saved.versions());
    }

    @Test
    void a_stale_save_is_refused_and_changes_nothing() {
        var saved = manual().save(newProcess(freshCode()));
        manual().save(saved.renamed(new BilingualName("先改", "First"), saved.version()));

        assertThatThrownBy(() -> manual().save(saved.withVersion(receiptVersion(1, LocalDate.of(2027, 1, 1)),
                saved.version()))).isInstanceOf(ConcurrentModification.class);
        var found = manual().byId(saved.id()).orElseThrow();
        assertThat(found.versions()).hasSize(1);
        assertThat(found.name().english()).isEqualTo("First");
    }

    @Test
    void a_taken_code_is_refused_on_the_code_field() {
        var first = manual().save(newProcess(freshCode()));

        assertThatThrownBy(() -> manual().save(newProcess(first.code())))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("validation.compliance.code-taken");
                });
        assertThat(manual().all()).filteredOn(p -> p.code().equals(first.code())).hasSize(1);
    }

    @Test
    void saving_a_new_process_twice_is_refused() {
        var process = newProcess(freshCode());
        manual().save(process);

        assertThatThrownBy(() -> manual().save(process)).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void nothing_is_found_for_an_unknown_id_or_code() {
        assertThat(manual().byId(ProcessId.random())).isEmpty();
        assertThat(manual().byCode(freshCode())).isEmpty();
    }

    @Test
    void all_lists_processes_by_code() {
        var a = manual().save(newProcess(new ProcessCode("A" + freshCode().value())));
        var b = manual().save(newProcess(new ProcessCode("B" + freshCode().value())));
        var all = manual().all().stream().map(Process::id).toList();
        assertThat(all.indexOf(a.id())).isLessThan(all.indexOf(b.id()));
    }
}
