package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class ProcessTest {

    private static final BilingualName NAME = new BilingualName("投诉处理", "Complaint handling");
    private static final ProcessCode CODE = new ProcessCode("COMPLAINT_HANDLING");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static ProcessStep step(String code) {
        return step(code, Optional.of(Duration.ofHours(4)), Set.of("CLERK"));
    }

    private static ProcessStep step(String code, Optional<Duration> limit, Set<String> roles) {
        return new ProcessStep(new StepCode(code), new BilingualName(code, code), true, roles, limit);
    }

    private static ProcessVersion version(int number, LocalDate from, List<ProcessStep> steps,
                                          Optional<Duration> endToEnd, Set<String> endSteps) {
        var ends = new java.util.HashSet<StepCode>();
        endSteps.forEach(s -> ends.add(new StepCode(s)));
        return new ProcessVersion(number, from, steps, endToEnd, ends, LimitBasis.CALENDAR);
    }

    private static ProcessVersion version(int number, LocalDate from) {
        return version(number, from, List.of(step("RECEIVE"), step("CLOSE")), Optional.of(Duration.ofDays(3)),
                Set.of("CLOSE"));
    }

    @Nested
    class Validation {

        @Test
        void a_version_needs_steps() {
            assertRejected(() -> version(1, LocalDate.of(2026, 1, 1), List.of(), Optional.empty(), Set.of("CLOSE")),
                    "steps", "validation.compliance.no-steps");
        }

        @Test
        void a_step_is_defined_once_per_version() {
            var refusal = assertRejected(() -> version(1, LocalDate.of(2026, 1, 1),
                    List.of(step("RECEIVE"), step("CLOSE"), step("RECEIVE")), Optional.empty(), Set.of("CLOSE")),
                    "steps", "validation.compliance.duplicate-step");

            assertThat(refusal.arguments()).containsExactly("RECEIVE");
        }

        @Test
        void a_version_needs_an_end_step() {
            assertRejected(() -> version(1, LocalDate.of(2026, 1, 1), List.of(step("RECEIVE")), Optional.empty(),
                    Set.of()), "endSteps", "validation.compliance.no-end-step");
        }

        @Test
        void an_end_step_must_be_one_of_the_versions_steps() {
            var refusal = assertRejected(() -> version(1, LocalDate.of(2026, 1, 1), List.of(step("RECEIVE")),
                    Optional.empty(), Set.of("ARCHIVE")), "endSteps", "validation.compliance.unknown-end-step");

            assertThat(refusal.arguments()).containsExactly("ARCHIVE");
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -1, -3600})
        void a_step_limit_must_be_positive(long seconds) {
            assertRejected(() -> step("CHECK", Optional.of(Duration.ofSeconds(seconds)), Set.of("CLERK")),
                    "limit", "validation.compliance.limit-positive");
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -1, -3600})
        void an_end_to_end_limit_must_be_positive(long seconds) {
            assertRejected(() -> version(1, LocalDate.of(2026, 1, 1), List.of(step("RECEIVE")),
                    Optional.of(Duration.ofSeconds(seconds)), Set.of("RECEIVE")),
                    "endToEndLimit", "validation.compliance.limit-positive");
        }

        @Test
        void limits_are_optional() {
            var version = version(1, LocalDate.of(2026, 1, 1),
                    List.of(step("RECEIVE", Optional.empty(), Set.of("CLERK"))), Optional.empty(), Set.of("RECEIVE"));

            assertThat(version.steps().getFirst().limit()).isEmpty();
            assertThat(version.endToEndLimit()).isEmpty();
        }

        @Test
        void a_step_needs_a_responsible_role() {
            assertRejected(() -> step("CHECK", Optional.empty(), Set.of()),
                    "responsibleRoles", "validation.required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void a_blank_role_is_refused(String role) {
            assertRejected(() -> step("CHECK", Optional.empty(), Set.of("CLERK", role)),
                    "responsibleRoles", "validation.compliance.role");
        }

        @Test
        void a_role_longer_than_64_characters_is_refused() {
            assertRejected(() -> step("CHECK", Optional.empty(), Set.of("R".repeat(65))),
                    "responsibleRoles", "validation.compliance.role");
        }

        @Test
        void roles_are_trimmed() {
            assertThat(step("CHECK", Optional.empty(), Set.of(" CLERK ")).allows("CLERK")).isTrue();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "complaint", "1ST_STEP", "_STEP", "STEP-ONE", "STEP ONE", "步骤"})
        void bad_step_and_process_codes_are_refused(String code) {
            assertRejected(() -> new StepCode(code), "stepCode", "validation.compliance.code");
            assertRejected(() -> new ProcessCode(code), "processCode", "validation.compliance.code");
        }

        @Test
        void a_code_has_at_most_64_characters() {
            var longest = "A".repeat(64);

            assertThat(new StepCode(longest).value()).isEqualTo(longest);
            assertThat(new ProcessCode(longest).value()).isEqualTo(longest);
            assertRejected(() -> new StepCode(longest + "B"), "stepCode", "validation.compliance.code");
            assertRejected(() -> new ProcessCode(longest + "B"), "processCode", "validation.compliance.code");
        }

        @ParameterizedTest
        @ValueSource(strings = {"A", "COMPLAINT_HANDLING", "T02_CHECK_CONFIRMATION_OF_RECEIPT"})
        void good_codes_are_accepted_and_trimmed(String code) {
            assertThat(new StepCode(" " + code + " ").value()).isEqualTo(code);
            assertThat(new ProcessCode(code + " ").value()).isEqualTo(code);
        }

        @Test
        void a_version_is_numbered_from_one() {
            assertRejected(() -> version(0, LocalDate.of(2026, 1, 1)), "version", "validation.value.at-least");
        }

        @Test
        void a_process_needs_a_version_and_numbers_each_once() {
            assertRejected(() -> new Process(ProcessId.random(), CODE, NAME, List.of(), 0),
                    "versions", "validation.compliance.no-version");
            assertRejected(() -> new Process(ProcessId.random(), CODE, NAME,
                    List.of(version(1, LocalDate.of(2026, 1, 1)), version(1, LocalDate.of(2026, 7, 1))), 0),
                    "versions", "validation.compliance.duplicate-version");
        }

        @Test
        void a_versions_steps_cannot_be_changed_afterwards() {
            var steps = new ArrayList<>(List.of(step("RECEIVE"), step("CLOSE")));
            var version = version(1, LocalDate.of(2026, 1, 1), steps, Optional.empty(), Set.of("CLOSE"));

            steps.add(step("ARCHIVE"));

            assertThat(version.steps()).hasSize(2);
            assertThat(version.positions()).containsEntry("RECEIVE", 0).containsEntry("CLOSE", 1).hasSize(2);
        }
    }

    @Nested
    class VersionInForce {

        private final Process process = new Process(ProcessId.random(), CODE, NAME,
                List.of(version(1, LocalDate.of(2026, 1, 1)), version(2, LocalDate.of(2026, 7, 1))), 3);

        @Test
        void the_version_effective_on_a_day_is_in_force_from_the_start_of_that_day_in_the_organizations_zone() {
            var midnightInShanghai = Instant.parse("2026-06-30T16:00:00Z");

            assertThat(process.inForceAt(midnightInShanghai, SHANGHAI)).map(ProcessVersion::number).contains(2);
            assertThat(process.inForceAt(midnightInShanghai, ZoneOffset.UTC)).map(ProcessVersion::number).contains(1);
            assertThat(process.inForceAt(midnightInShanghai.minusSeconds(1), SHANGHAI))
                    .map(ProcessVersion::number).contains(1);
        }

        @Test
        void before_the_first_version_no_version_is_in_force() {
            assertThat(process.inForceOn(LocalDate.of(2025, 12, 31))).isEmpty();
            assertThat(process.inForceAt(Instant.parse("2025-12-31T15:59:59Z"), SHANGHAI)).isEmpty();
            assertThat(process.inForceAt(Instant.parse("2025-12-31T16:00:00Z"), SHANGHAI))
                    .map(ProcessVersion::number).contains(1);
        }

        @Test
        void the_newest_version_that_has_begun_is_in_force() {
            assertThat(process.inForceOn(LocalDate.of(2026, 6, 30))).map(ProcessVersion::number).contains(1);
            assertThat(process.inForceOn(LocalDate.of(2026, 7, 1))).map(ProcessVersion::number).contains(2);
            assertThat(process.inForceOn(LocalDate.of(2030, 1, 1))).map(ProcessVersion::number).contains(2);
        }

        @Test
        void versions_are_kept_in_number_order() {
            var shuffled = new Process(ProcessId.random(), CODE, NAME,
                    List.of(version(2, LocalDate.of(2026, 7, 1)), version(1, LocalDate.of(2026, 1, 1))), 1);

            assertThat(shuffled.versions()).extracting(ProcessVersion::number).containsExactly(1, 2);
            assertThat(shuffled.latest().number()).isEqualTo(2);
        }
    }

    @Nested
    class NewVersions {

        @Test
        void a_defined_process_starts_with_its_first_version_and_is_not_yet_stored() {
            var process = Process.define(CODE, NAME, version(1, LocalDate.of(2026, 1, 1)));

            assertThat(process.isNew()).isTrue();
            assertThat(process.versions()).hasSize(1);
            assertThat(process.latest().number()).isEqualTo(1);
        }

        @Test
        void with_version_numbers_the_next_version_and_keeps_the_old_ones() {
            var first = version(1, LocalDate.of(2026, 1, 1));
            var process = Process.define(CODE, NAME, first);
            var next = version(1, LocalDate.of(2026, 7, 1), List.of(step("RECEIVE"), step("CHECK"), step("CLOSE")),
                    Optional.of(Duration.ofDays(2)), Set.of("CLOSE"));

            var changed = process.withVersion(next, 1).withVersion(next, 2);

            assertThat(changed.versions()).extracting(ProcessVersion::number).containsExactly(1, 2, 3);
            assertThat(changed.versions().getFirst()).isEqualTo(first);
            assertThat(changed.versions().get(1)).satisfies(v -> {
                assertThat(v.effectiveFrom()).isEqualTo(next.effectiveFrom());
                assertThat(v.steps()).isEqualTo(next.steps());
                assertThat(v.endToEndLimit()).isEqualTo(next.endToEndLimit());
                assertThat(v.endSteps()).isEqualTo(next.endSteps());
                assertThat(v.basis()).isEqualTo(next.basis());
            });
            assertThat(changed.id()).isEqualTo(process.id());
            assertThat(changed.code()).isEqualTo(CODE);
            assertThat(changed.version()).isEqualTo(2);
            assertThat(process.versions()).containsExactly(first);
        }

        @Test
        void renaming_keeps_the_versions() {
            var process = Process.define(CODE, NAME, version(1, LocalDate.of(2026, 1, 1)));

            var renamed = process.renamed(new BilingualName("客诉处理", "Customer complaints"), 1);

            assertThat(renamed.name().english()).isEqualTo("Customer complaints");
            assertThat(renamed.versions()).isEqualTo(process.versions());
            assertThat(renamed.isNew()).isFalse();
        }
    }
}
