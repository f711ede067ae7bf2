package dev.opscharter.domain.shared;

import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.StandardsHistory;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterHistory;
import dev.opscharter.domain.charter.CharterSeed;
import dev.opscharter.domain.charter.CharterVersionId;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.VersionHistory.Precedence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins {@link VersionHistory} to the formulas it replaced, copied here as they were: the charter's and
 * the manual's "highest number already effective", the standards' "latest fromYear, then number", the
 * compliance check's scan of start instants, and the manual view's version states.
 */
class VersionHistoryPropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    private static final Instant AT = Instant.parse("2026-01-05T01:00:00Z");

    /** A version as the properties need it: a number and a first day. */
    record V(int number, LocalDate effectiveFrom) implements Versioned {
    }

    // ------------------------------------------------------------------ the old formulas (oracles)

    /** {@code CharterHistory.inForceOn} and {@code Process.inForceOn} before VersionHistory. */
    static <T extends Versioned> Optional<T> oldNewestNumber(List<T> versions, LocalDate day) {
        return versions.stream().sorted(Comparator.comparingInt(Versioned::number))
                .filter(v -> !v.effectiveFrom().isAfter(day)).max(Comparator.comparingInt(Versioned::number));
    }

    /** {@code StandardsHistory.inForceFor} before VersionHistory. */
    static Optional<AppraisalStandards> oldStandards(List<AppraisalStandards> versions, int year) {
        return versions.stream().sorted(Comparator.comparingInt(AppraisalStandards::number))
                .filter(v -> v.fromYear() <= year)
                .max(Comparator.comparingInt(AppraisalStandards::fromYear)
                        .thenComparingInt(AppraisalStandards::number));
    }

    /** {@code ComplianceCheckService.Versions.at} before VersionHistory: the highest number already started. */
    static Optional<V> oldCheckScan(List<V> versions, Instant instant, ZoneId zone) {
        var sorted = versions.stream().sorted(Comparator.comparing(V::effectiveFrom).thenComparingInt(V::number))
                .toList();
        V found = null;
        for (var v : sorted) {
            if (!v.effectiveFrom().atStartOfDay(zone).toInstant().isAfter(instant)
                    && (found == null || v.number() > found.number())) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@code ProcessManualTexts.state} before VersionHistory. */
    static VersionState oldManualState(List<V> versions, V version, LocalDate today) {
        var inForce = oldNewestNumber(versions, today);
        if (inForce.isPresent() && inForce.get().number() == version.number()) {
            return VersionState.IN_FORCE;
        }
        return version.effectiveFrom().isAfter(today) ? VersionState.SCHEDULED : VersionState.SUPERSEDED;
    }

    // ------------------------------------------------------------------ properties

    @Property
    void the_charter_and_process_version_in_force_is_the_highest_number_already_effective(
            @ForAll("nonEmptyHistories") List<V> specs, @ForAll("days") LocalDate day, @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = -30 * 3600, max = 30 * 3600) int secondsFromMidnight) {
        var versions = specs.stream().map(VersionHistoryPropertiesTest::processVersion).toList();
        var process = new Process(ProcessId.random(),
                new ProcessCode("P"), new BilingualName("流程", "Process"), versions, 1);
        var instant = day.atStartOfDay(zone).toInstant().plusSeconds(secondsFromMidnight);

        var charters = specs.stream().map(VersionHistoryPropertiesTest::charter).toList();

        assertThat(new CharterHistory(charters).inForceOn(day).map(Charter::number))
                .isEqualTo(oldNewestNumber(charters, day).map(Charter::number));
        assertThat(process.inForceOn(day).map(ProcessVersion::number))
                .isEqualTo(oldNewestNumber(versions, day).map(ProcessVersion::number));
        assertThat(process.inForceAt(instant, zone).map(ProcessVersion::number))
                .isEqualTo(oldNewestNumber(versions, LocalDate.ofInstant(instant, zone)).map(ProcessVersion::number));
    }

    @Property
    void the_standards_in_force_have_the_latest_from_year_then_the_highest_number(
            @ForAll("standardsHistories") List<V> specs, @ForAll @IntRange(min = 2023, max = 2029) int year) {
        var standards = specs.stream().map(VersionHistoryPropertiesTest::standards).toList();

        assertThat(new StandardsHistory(standards).inForceFor(year).map(AppraisalStandards::number))
                .isEqualTo(oldStandards(standards, year).map(AppraisalStandards::number));
    }

    @Property
    void the_lookup_answers_as_in_force_at_for_both_precedences(
            @ForAll("histories") List<V> specs, @ForAll("days") LocalDate day, @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = -2, max = 2) int secondsFromMidnight) {
        var instant = day.atStartOfDay(zone).toInstant().plusSeconds(secondsFromMidnight);
        for (var precedence : Precedence.values()) {
            var history = VersionHistory.of(specs, precedence);
            var lookup = history.lookup(zone);
            int index = lookup.indexAt(instant);

            assertThat(lookup.at(instant)).isEqualTo(history.inForceAt(instant, zone));
            assertThat(index < 0 ? Optional.empty() : Optional.of(history.versions().get(index)))
                    .isEqualTo(history.inForceAt(instant, zone));
        }
        assertThat(VersionHistory.of(specs, Precedence.NEWEST_NUMBER).lookup(zone).at(instant))
                .isEqualTo(oldCheckScan(specs, instant, zone));
    }

    @Property
    void the_states_partition_the_versions_and_scheduled_ones_will_come(@ForAll("histories") List<V> specs,
                                                                         @ForAll("days") LocalDate today,
                                                                         @ForAll Precedence precedence) {
        var history = VersionHistory.of(specs, precedence);
        var inForce = history.inForceOn(today);

        for (var version : history.versions()) {
            var state = history.stateOf(version, today);
            assertThat(state == VersionState.IN_FORCE).isEqualTo(inForce.equals(Optional.of(version)));
            assertThat(state == VersionState.SCHEDULED)
                    .isEqualTo(version.effectiveFrom().isAfter(today) && comesIntoForce(history, version, today));
        }
    }

    @Property
    void the_states_agree_with_the_manual_view_except_for_a_version_that_never_comes(
            @ForAll("histories") List<V> specs, @ForAll("days") LocalDate today) {
        var history = VersionHistory.of(specs, Precedence.NEWEST_NUMBER);
        for (var version : history.versions()) {
            var old = oldManualState(specs, version, today);
            var now = history.stateOf(version, today);
            if (old == VersionState.SCHEDULED && !comesIntoForce(history, version, today)) {
                assertThat(now).isEqualTo(VersionState.SUPERSEDED);
            } else {
                assertThat(now).isEqualTo(old);
            }
        }
    }

    /** Whether the version is in force on some day after today (scanning past the last first day). */
    private static boolean comesIntoForce(VersionHistory<V> history, V version, LocalDate today) {
        var last = history.versions().stream().map(V::effectiveFrom).max(Comparator.naturalOrder()).orElse(today);
        for (var day = today.plusDays(1); !day.isAfter(last.plusDays(1)); day = day.plusDays(1)) {
            if (history.inForceOn(day).equals(Optional.of(version))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<List<V>> histories() {
        return histories(0, BASE, 90);
    }

    @Provide
    Arbitrary<List<V>> nonEmptyHistories() {
        return histories(1, BASE, 90);
    }

    /** First days on New Year only, as the standards have them; years 2024–2028. */
    @Provide
    Arbitrary<List<V>> standardsHistories() {
        return Arbitraries.integers().between(2024, 2028).map(y -> LocalDate.of(y, 1, 1)).list().ofMinSize(0)
                .ofMaxSize(6).flatMap(VersionHistoryPropertiesTest::numbered);
    }

    /** Up to six versions with distinct numbers in any order, first days close together (so ties happen). */
    private static Arbitrary<List<V>> histories(int min, LocalDate from, int days) {
        return Arbitraries.integers().between(0, days).map(from::plusDays).list().ofMinSize(min).ofMaxSize(6)
                .flatMap(VersionHistoryPropertiesTest::numbered);
    }

    private static Arbitrary<List<V>> numbered(List<LocalDate> firstDays) {
        var numbers = IntStream.rangeClosed(1, firstDays.size()).boxed().toList();
        return Arbitraries.shuffle(numbers).map(shuffled -> IntStream.range(0, firstDays.size())
                .mapToObj(i -> new V(shuffled.get(i), firstDays.get(i))).toList());
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-20, 110).map(BASE::plusDays);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"), ZoneId.of("America/New_York"),
                ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"));
    }

    // ------------------------------------------------------------------ real versions from the specs

    private static final List<DutyDimension> SEED =
            CharterSeed.dimensions(code -> new DepartmentId(UUID.nameUUIDFromBytes(code.value().getBytes())));

    private static Charter charter(V spec) {
        return new Charter(CharterVersionId.random(), spec.number(), spec.effectiveFrom(), SEED, "", "admin", AT);
    }

    private static ProcessVersion processVersion(V spec) {
        var step = new ProcessStep(new StepCode("S"), new BilingualName("步骤", "Step"), true, Set.of("CLERK"),
                Optional.empty());
        return new ProcessVersion(spec.number(), spec.effectiveFrom(), List.of(step), Optional.empty(),
                Set.of(step.code()), LimitBasis.CALENDAR);
    }

    private static AppraisalStandards standards(V spec) {
        var charter = AppraisalStandards.charter(spec.effectiveFrom().getYear(), "admin", AT);
        return new AppraisalStandards(charter.id(), charter.fromYear(), spec.number(), charter.thresholds(), "",
                "admin", AT);
    }
}
