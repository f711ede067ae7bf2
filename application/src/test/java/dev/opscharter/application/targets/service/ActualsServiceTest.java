package dev.opscharter.application.targets.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.targets.port.in.RecordActuals.ImportSummary;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActualsServiceTest {

    private final TargetsFixture fx = new TargetsFixture();
    private final ActualsService service = fx.actualsService();
    @TempDir
    Path dir;
    private BusinessUnit east;
    private Metric orders;

    static Stream<Actor> recorders() {
        return Actors.eachOf(Role.OPS_SPECIALIST, Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    static Stream<Actor> notRecorders() {
        return Actors.allBut(Role.OPS_SPECIALIST, Role.OPS_MANAGER, Role.OPS_DIRECTOR);
    }

    @BeforeEach
    void unitsAndMetrics() {
        east = fx.unit("EAST");
        fx.unit("WEST");
        orders = fx.sum("ORDERS");
        fx.sum("REVENUE");
        fx.ratio("ORDERS_PER_REVENUE", orders, fx.metrics.byCode("REVENUE").orElseThrow());
        fx.org.actAs("specialist", Role.OPS_SPECIALIST);
    }

    // ---- permissions

    @ParameterizedTest
    @MethodSource("recorders")
    void specialists_managers_and_directors_record_the_actuals(Actor recorder) {
        fx.org.actAs(recorder);

        service.record(List.of(day(east, orders, "2026-05-13", "120")));
        var summary = service.importFile(file("unit_code,metric_code,day,value", "WEST,ORDERS,2026-05-13,80"), "w.csv");

        assertThat(summary.added()).isEqualTo(1);
        assertThat(fx.org.auditLog.entries()).extracting(e -> e.actor()).containsOnly(recorder.name());
    }

    @ParameterizedTest
    @MethodSource("notRecorders")
    void nobody_else_records_them(Actor someone) {
        var file = file("unit_code,metric_code,day,value", "WEST,ORDERS,2026-05-13,80");
        fx.org.actAs(someone);

        assertThatThrownBy(() -> service.record(List.of(day(east, orders, "2026-05-13", "120"))))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.importFile(file, "w.csv")).isInstanceOf(AccessDenied.class);
        assertNothingStored();
    }

    // ---- hand entry

    @Test
    void a_hand_entry_is_stored_and_audited_once_and_a_changed_day_is_a_correction() {
        var first = service.record(List.of(day(east, orders, "2026-05-12", "100"), day(east, orders, "2026-05-13", "120")));
        var corrected = service.record(List.of(day(east, orders, "2026-05-13", "125")));

        assertThat(first.added()).isEqualTo(2);
        assertThat(corrected.changed()).isEqualTo(1);
        assertThat(fx.stored.days(east.id(), orders.id(), LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 14)))
                .singleElement().extracting(DailyActual::value).satisfies(v -> assertThat(v).isEqualByComparingTo("125"));
        var entries = fx.org.auditLog.entries();
        assertThat(entries).hasSize(2);
        assertThat(entries.getLast().changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("daysCorrected");
            assertThat(c.after()).isEqualTo("1");
        });
    }

    @Test
    void a_hand_entry_of_a_unit_or_metric_that_does_not_exist_or_of_a_ratio_is_refused_whole() {
        var ratio = fx.metrics.byCode("ORDERS_PER_REVENUE").orElseThrow();

        assertThatThrownBy(() -> service.record(List.of(day(east, orders, "2026-05-13", "1"),
                new DailyActual(BusinessUnitId.random(), orders.id(), LocalDate.of(2026, 5, 13), BigDecimal.ONE))))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.messageKey())
                        .isEqualTo("validation.targets.unknown-unit"));
        assertThatThrownBy(() -> service.record(List.of(day(east, ratio, "2026-05-13", "1"))))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.messageKey())
                        .isEqualTo("validation.targets.ratio-recorded"));
        assertThatThrownBy(() -> service.record(List.of(day(east, orders, "1989-12-31", "1"))))
                .isInstanceOf(InvalidValue.class);
        assertNothingStored();
    }

    // ---- import

    @Test
    void a_file_with_its_columns_in_any_order_is_imported_whole_and_audited_with_its_counts() {
        var file = file("day,value,note,UNIT_CODE ,metric_code",
                "2026-05-11,100,opening week,EAST,ORDERS",
                "2026-05-12,100.5,,EAST,ORDERS",
                "2026-05-13,-3,returns,WEST,REVENUE");

        var summary = service.importFile(file, "may.csv");

        assertThat(summary).isEqualTo(new ImportSummary("may.csv", 3, 3, 0, 0,
                Optional.of(LocalDate.of(2026, 5, 11)), Optional.of(LocalDate.of(2026, 5, 13))));
        assertThat(fx.stored.days(east.id(), orders.id(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1)))
                .extracting(d -> d.value().stripTrailingZeros().toPlainString()).containsExactly("100", "100.5");
        var entry = fx.org.onlyAuditEntry();
        assertEntry(entry, CREATE, "specialist", ActualsService.IMPORT, entry.entityId());
        assertThat(entry.changes()).extracting(c -> c.field() + "=" + c.after())
                .contains("daysReceived=3", "daysAdded=3", "daysCorrected=0", "daysUnchanged=0", "firstDay=2026-05-11",
                        "lastDay=2026-05-13", "file=may.csv");
    }

    @Test
    void the_same_file_again_changes_nothing_and_a_changed_value_is_a_correction() {
        service.importFile(file("unit_code,metric_code,day,value", "EAST,ORDERS,2026-05-12,100",
                "EAST,ORDERS,2026-05-13,120"), "may.csv");

        var again = service.importFile(file("unit_code,metric_code,day,value", "EAST,ORDERS,2026-05-12,100.000",
                "EAST,ORDERS,2026-05-13,120"), "may.csv");
        var corrected = service.importFile(file("unit_code,metric_code,day,value", "EAST,ORDERS,2026-05-12,100",
                "EAST,ORDERS,2026-05-13,121"), "may-fixed.csv");

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added() + again.changed()).isZero();
        assertThat(corrected.changed()).isEqualTo(1);
        assertThat(corrected.unchanged()).isEqualTo(1);
        assertThat(fx.org.auditLog.entries()).hasSize(3);
    }

    @Test
    void a_gzip_file_is_read_as_its_csv() throws IOException {
        var file = dir.resolve("may.csv.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("unit_code,metric_code,day,value\nEAST,ORDERS,2026-05-13,7\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(service.importFile(file, "may.csv.gz").added()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NORTH,ORDERS,2026-05-13,1      | unknown-unit       | NORTH",
            "EAST,VISITS,2026-05-13,1       | unknown-metric     | VISITS",
            "EAST,ORDERS_PER_REVENUE,2026-05-13,1 | ratio-metric | ORDERS_PER_REVENUE",
            "EAST,ORDERS,2026/05/13,1       | bad-day            | 2026/05/13",
            "EAST,ORDERS,2026-02-30,1       | bad-day            | 2026-02-30",
            "EAST,ORDERS,1989-12-31,1       | day-out-of-range   | 1989-12-31",
            "EAST,ORDERS,2026-05-13,1e3     | bad-value          | 1e3",
            "EAST,ORDERS,2026-05-13,.5      | bad-value          | .5",
            "EAST,ORDERS,2026-05-13,+5      | bad-value          | +5",
            "EAST,ORDERS,2026-05-13,123456789012345 | value-out-of-range | 123456789012345",
            "EAST,ORDERS,2026-05-13,1.1234567 | value-out-of-range | 1.1234567",
            "EAST,ORDERS,2026-05-13,=1+1    | formula            | value",
            "EAST,,2026-05-13,1             | empty-value        | metric_code",
            "EAST,ORDERS,2026-05-13         | missing-columns    | 3",
    })
    void a_bad_row_refuses_the_whole_file_naming_its_line(String row, String reason, String argument) {
        var file = file("unit_code,metric_code,day,value", "EAST,ORDERS,2026-05-12,1", row.strip(),
                "EAST,ORDERS,2026-05-14,1");

        assertThatThrownBy(() -> service.importFile(file, "bad.csv"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.line()).isEqualTo(3);
                    assertThat(refused.messageKey()).isEqualTo("targets.import.refused." + reason);
                    assertThat(refused.arguments().getFirst()).hasToString(argument);
                });
        assertNothingStored();
    }

    @Test
    void a_day_given_two_values_is_refused_naming_both_lines() {
        var file = file("unit_code,metric_code,day,value", "EAST,ORDERS,2026-05-12,1", "EAST,ORDERS,2026-05-13,2",
                "EAST,ORDERS,2026-05-12,3");

        assertThatThrownBy(() -> service.importFile(file, "twice.csv"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.line()).isEqualTo(4);
                    assertThat(refused.messageKey()).isEqualTo("targets.import.refused.day-given-twice");
                    assertThat(refused.arguments()).containsExactly(2L);
                });
        assertNothingStored();
    }

    @Test
    void a_file_without_the_columns_or_without_days_is_refused() {
        assertThatThrownBy(() -> service.importFile(file("unit,metric_code,day,value", "EAST,ORDERS,2026-05-12,1"),
                "x.csv")).isInstanceOfSatisfying(ImportRefused.class, refused -> {
                    assertThat(refused.line()).isEqualTo(1);
                    assertThat(refused.messageKey()).isEqualTo("targets.import.refused.missing-header");
                    assertThat(refused.arguments()).containsExactly("unit_code");
                });
        assertThatThrownBy(() -> service.importFile(file("unit_code,metric_code,day,value,day"), "x.csv"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("targets.import.refused.duplicate-column"));
        assertThatThrownBy(() -> service.importFile(file("unit_code,metric_code,day,value"), "x.csv"))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("targets.import.refused.no-rows"));
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(fx.stored.totals(LocalDate.of(1990, 1, 1), LocalDate.of(2101, 1, 1))).isEmpty();
        assertThat(fx.stored.commits()).isZero();
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    private static DailyActual day(BusinessUnit unit, Metric metric, String day, String value) {
        return new DailyActual(unit.id(), metric.id(), LocalDate.parse(day), new BigDecimal(value));
    }

    private Path file(String... lines) {
        try {
            var file = Files.createTempFile(dir, "actuals", ".csv");
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
