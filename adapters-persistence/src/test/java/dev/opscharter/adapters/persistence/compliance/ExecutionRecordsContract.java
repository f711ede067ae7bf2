package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ExecutionRecords.ProcessCount;
import dev.opscharter.domain.compliance.CaseEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ExecutionRecords} does, the in-memory fake as much as the PostgreSQL adapter.
 * Each test uses its own process codes, so the tests share a database without meeting.
 */
abstract class ExecutionRecordsContract {

    protected abstract ExecutionRecords records();

    protected final String process = "P_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    protected static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");

    protected static Instant at(long minutes) {
        return T0.plusSeconds(minutes * 60);
    }

    protected Map<String, List<CaseEvent>> cases(String processCode, Instant from, Instant to) {
        var found = new LinkedHashMap<String, List<CaseEvent>>();
        records().forEachCase(processCode, from, to, (caseId, events) -> found.put(caseId, events));
        return found;
    }

    private ExecutionRecords.Imported importEvents(String[][] rows) {
        try (var batch = records().begin("test.csv", "李专员")) {
            for (var row : rows) {
                batch.add(row[0], row.length > 4 ? row[4] : process, row[1], row[2], Instant.parse(row[3]));
            }
            return batch.commit();
        }
    }

    @Test
    void committed_events_are_read_case_by_case_in_time_order() {
        var imported = importEvents(new String[][]{
                {"B", "REGISTER", "CLERK", "2026-07-01T02:00:00Z"},
                {"A", "RESOLVE", "AGENT", "2026-07-01T03:00:00Z"},
                {"A", "REGISTER", "CLERK", "2026-07-01T01:00:00Z"},
        });

        assertThat(imported.received()).isEqualTo(3);
        assertThat(imported.added()).isEqualTo(3);
        assertThat(imported.alreadyStored()).isZero();
        assertThat(imported.processCodes()).containsExactly(process);
        var cases = cases(process, T0, T0.plusSeconds(86_400));
        assertThat(cases.keySet()).containsExactly("A", "B");
        assertThat(cases.get("A")).containsExactly(
                new CaseEvent("REGISTER", "CLERK", Instant.parse("2026-07-01T01:00:00Z")),
                new CaseEvent("RESOLVE", "AGENT", Instant.parse("2026-07-01T03:00:00Z")));
    }

    @Test
    void a_case_is_read_a_page_of_events_at_a_time_in_recorded_order() {
        var rows = new String[1_200][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[]{"A", "S" + i, "R", Instant.parse("2026-07-01T01:00:00Z").plusSeconds(i).toString()};
        }
        importEvents(rows);

        assertThat(records().caseEventCount(process, "A")).isEqualTo(1_200);
        assertThat(records().caseEventCount(process, "nobody")).isZero();
        assertThat(records().caseEvents(process, "A", 0, 2)).extracting(CaseEvent::stepCode)
                .containsExactly("S0", "S1");
        assertThat(records().caseEvents(process, "A", 1_000, 500)).hasSize(200).first()
                .satisfies(e -> assertThat(e.stepCode()).isEqualTo("S1000"));
        assertThat(records().caseEvents(process, "A", 1_199, 10)).extracting(CaseEvent::stepCode)
                .containsExactly("S1199");
        assertThat(records().caseEvents(process, "A", 1_200, 10)).isEmpty();
        assertThat(records().caseEvents(process, "nobody", 0, 10)).isEmpty();
    }

    @Test
    void events_at_the_same_time_keep_their_recorded_order_also_across_imports() {
        importEvents(new String[][]{
                {"A", "Z_STEP", "R", "2026-07-01T01:00:00Z"},
                {"A", "A_STEP", "R", "2026-07-01T01:00:00Z"},
        });
        importEvents(new String[][]{{"A", "M_STEP", "R", "2026-07-01T01:00:00Z"}});

        assertThat(records().caseEvents(process, "A").orElseThrow()).extracting(CaseEvent::stepCode)
                .containsExactly("Z_STEP", "A_STEP", "M_STEP");
        // the check's read too, although the store may keep them ordered otherwise
        assertThat(cases(process, Instant.EPOCH, at(1_000_000)).get("A")).extracting(CaseEvent::stepCode)
                .containsExactly("Z_STEP", "A_STEP", "M_STEP");
    }

    @Test
    void nothing_is_visible_before_the_commit_and_nothing_stays_without_it() {
        try (var batch = records().begin("test.csv", "李专员")) {
            batch.add("A", process, "S", "R", at(1));
            assertThat(records().caseEvents(process, "A")).isEmpty();
        }
        assertThat(records().caseEvents(process, "A")).isEmpty();
        assertThat(cases(process, Instant.EPOCH, at(100_000))).isEmpty();
    }

    @Test
    void re_importing_adds_nothing() {
        var rows = new String[][]{
                {"A", "S1", "R", "2026-07-01T01:00:00Z"},
                {"A", "S2", "R", "2026-07-01T02:00:00Z"},
        };
        var first = importEvents(rows);
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.alreadyStored()).isZero();
        long stored = records().eventCount();

        var again = importEvents(rows);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(2);
        assertThat(records().eventCount()).isEqualTo(stored);
        assertThat(records().caseEvents(process, "A").orElseThrow()).hasSize(2);
    }

    @Test
    void events_equal_in_every_value_within_a_file_are_kept_and_a_re_import_still_adds_nothing() {
        // the road-traffic-fines log has such events: a second payment the same day by the same role
        var rows = new String[][]{
                {"A", "PAYMENT", "UNKNOWN", "2026-07-01T00:00:00+01:00"},
                {"A", "PAYMENT", "UNKNOWN", "2026-07-01T00:00:00+01:00"},
        };
        assertThat(importEvents(rows).added()).isEqualTo(2);
        var again = importEvents(rows);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(2);
        assertThat(importEvents(new String[][]{rows[0]}).added()).as("a file with one of them").isZero();
        assertThat(records().caseEvents(process, "A").orElseThrow()).hasSize(2);
    }

    @Test
    void a_file_holding_more_equal_events_than_the_case_adds_the_surplus_after_the_stored_ones() {
        importEvents(new String[][]{
                {"A", "PAYMENT", "R", "2026-07-01T01:00:00Z"},
                {"A", "CHECK", "R", "2026-07-01T01:00:00Z"},
                {"A", "PAYMENT", "R", "2026-07-01T01:00:00Z"},
        });

        var more = importEvents(new String[][]{
                {"B", "NEW_CASE", "R", "2026-07-01T00:30:00Z"},
                {"A", "AUDIT", "R", "2026-07-01T01:00:00Z"},
                {"A", "PAYMENT", "R", "2026-07-01T01:00:00Z"},
                {"A", "PAYMENT", "R", "2026-07-01T01:00:00Z"},
                {"A", "PAYMENT", "R", "2026-07-01T01:00:00Z"},
                {"A", "EARLY", "R", "2026-07-01T00:00:00Z"},
        });

        assertThat(more.added()).as("B's event, AUDIT, the third PAYMENT and EARLY").isEqualTo(4);
        assertThat(more.alreadyStored()).isEqualTo(2);
        assertThat(records().caseEvents(process, "A").orElseThrow()).extracting(CaseEvent::stepCode)
                .containsExactly("EARLY", "PAYMENT", "CHECK", "PAYMENT", "AUDIT", "PAYMENT");
        assertThat(cases(process, T0, at(1)).keySet()).as("A starts earlier now").containsExactly("A");
        assertThat(importEvents(new String[][]{{"A", "PAYMENT", "R", "2026-07-01T01:00:00Z"}}).added()).isZero();
    }

    @Test
    void an_event_differing_in_role_or_time_is_another_event() {
        importEvents(new String[][]{{"A", "S1", "R", "2026-07-01T01:00:00Z"}});
        var more = importEvents(new String[][]{
                {"A", "S1", "OTHER", "2026-07-01T01:00:00Z"},
                {"A", "S1", "R", "2026-07-01T01:00:00.000001Z"},
        });
        assertThat(more.added()).isEqualTo(2);
    }

    @Test
    void a_case_belongs_to_the_range_of_its_first_event_even_when_later_events_extend_it() {
        importEvents(new String[][]{
                {"EARLY", "S1", "R", "2026-06-30T23:59:59Z"},
                {"EARLY", "S2", "R", "2026-07-01T05:00:00Z"},
                {"IN", "S1", "R", "2026-07-01T00:00:00Z"},
                {"LATE", "S1", "R", "2026-07-02T00:00:00Z"},
        });
        var day = cases(process, T0, T0.plusSeconds(86_400));
        assertThat(day.keySet()).containsExactly("IN");

        // a later import adds an earlier event to LATE: it moves into the range
        importEvents(new String[][]{{"LATE", "S0", "R", "2026-07-01T12:00:00Z"}});
        day = cases(process, T0, T0.plusSeconds(86_400));
        assertThat(day.keySet()).containsExactly("IN", "LATE");
        assertThat(day.get("LATE")).extracting(CaseEvent::stepCode).containsExactly("S0", "S1");
    }

    @Test
    void processes_starting_in_a_range_are_counted_by_their_cases_and_events() {
        var other = process + "_B";
        importEvents(new String[][]{
                {"A", "S", "R", "2026-07-01T01:00:00Z"},
                {"A", "S2", "R", "2026-07-01T02:00:00Z"},
                {"B", "S", "R", "2026-07-01T03:00:00Z"},
                {"X", "S", "R", "2026-07-01T03:00:00Z", other},
                {"OLD", "S", "R", "2026-06-01T03:00:00Z", other},
        });
        var counts = records().processesStartingIn(T0, T0.plusSeconds(86_400)).stream()
                .filter(c -> c.processCode().startsWith(process)).toList();
        assertThat(counts).containsExactly(new ProcessCount(process, 2, 3), new ProcessCount(other, 1, 1));
        assertThat(cases(other, T0, T0.plusSeconds(86_400)).keySet()).containsExactly("X");
    }

    @Test
    void stored_processes_sum_cases_and_events_with_their_time_span() {
        importEvents(new String[][]{
                {"A", "S", "R", "2026-07-01T01:00:00Z"},
                {"A", "S2", "R", "2026-07-03T02:00:00Z"},
        });
        importEvents(new String[][]{{"B", "S", "R", "2026-06-01T01:00:00Z"}});
        var mine = records().storedProcesses().stream().filter(p -> p.processCode().equals(process)).toList();
        assertThat(mine).hasSize(1);
        var stored = mine.getFirst();
        assertThat(stored.cases()).isEqualTo(2);
        assertThat(stored.events()).isEqualTo(3);
        assertThat(stored.firstAt()).isEqualTo(Instant.parse("2026-06-01T01:00:00Z"));
        assertThat(stored.lastAt()).isEqualTo(Instant.parse("2026-07-03T02:00:00Z"));
    }

    @Test
    void unicode_values_and_microseconds_round_trip() {
        importEvents(new String[][]{{"投诉-0001 \"x\"", "受理", "客服专员\t1", "1999-12-31T23:59:59.123456Z"}});
        assertThat(records().caseEvents(process, "投诉-0001 \"x\"")).contains(List.of(
                new CaseEvent("受理", "客服专员\t1", Instant.parse("1999-12-31T23:59:59.123456Z"))));
    }

    @Test
    void an_unknown_case_or_process_has_no_events() {
        assertThat(records().caseEvents(process, "nope")).isEmpty();
        assertThat(cases(process + "_NONE", Instant.EPOCH, at(1_000_000))).isEmpty();
    }

    @Test
    void the_handler_gets_every_case_of_a_larger_import_exactly_once_by_first_event() {
        var rows = new ArrayList<String[]>();
        for (int c = 0; c < 3_000; c++) {
            for (int e = 0; e < 5; e++) {
                rows.add(new String[]{"C" + c, "S" + e, "R", at(c + e).toString()});
            }
        }
        var imported = importEvents(rows.toArray(String[][]::new));
        assertThat(imported.added()).isEqualTo(15_000);
        var seen = new ArrayList<String>();
        records().forEachCase(process, Instant.EPOCH, at(1_000_000), (caseId, events) -> {
            assertThat(events).hasSize(5);
            seen.add(caseId);
        });
        // case C<n> starts at second n: by first event, not by case id ("C10" before "C9" as text)
        var byFirstEvent = new ArrayList<String>();
        for (int c = 0; c < 3_000; c++) {
            byFirstEvent.add("C" + c);
        }
        assertThat(seen).containsExactlyElementsOf(byFirstEvent);
    }

    @Test
    void a_case_spread_over_the_file_is_one_case_in_recorded_order_and_its_re_import_adds_nothing() {
        var rows = new String[][]{
                {"A", "A3", "R", "2026-07-01T03:00:00Z"},
                {"A", "A1", "R", "2026-07-01T01:00:00Z"},
                {"B", "B1", "R", "2026-07-01T02:00:00Z"},
                {"A", "A2", "R", "2026-07-01T01:00:00Z"}, // same time as A1, later in the file
                {"B", "B2", "R", "2026-07-01T00:30:00Z"},
                {"A", "A0", "R", "2026-07-01T00:00:00Z"},
        };
        var imported = importEvents(rows);

        assertThat(imported.added()).isEqualTo(6);
        var cases = cases(process, Instant.EPOCH, at(1_000_000));
        assertThat(cases.keySet()).containsExactly("A", "B");
        assertThat(cases.get("A")).extracting(CaseEvent::stepCode).containsExactly("A0", "A1", "A2", "A3");
        assertThat(cases.get("B")).extracting(CaseEvent::stepCode).containsExactly("B2", "B1");
        assertThat(records().caseEventCount(process, "A")).isEqualTo(4);

        var again = importEvents(rows);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(6);
        assertThat(records().caseEvents(process, "A").orElseThrow()).extracting(CaseEvent::stepCode)
                .containsExactly("A0", "A1", "A2", "A3");
    }

    @Test
    void a_case_spread_over_a_later_file_gets_only_its_new_events_after_the_stored_ones_of_the_same_time() {
        importEvents(new String[][]{
                {"A", "S1", "R", "2026-07-01T01:00:00Z"},
                {"A", "S2", "R", "2026-07-01T02:00:00Z"},
        });
        var imported = importEvents(new String[][]{
                {"A", "S2", "R", "2026-07-01T02:00:00Z"},
                {"B", "B1", "R", "2026-07-01T05:00:00Z"},
                {"A", "NEW_AT_ONE", "R", "2026-07-01T01:00:00Z"},
                {"A", "S1", "R", "2026-07-01T01:00:00Z"},
                {"B", "B0", "R", "2026-07-01T04:00:00Z"},
                {"A", "S3", "R", "2026-07-01T03:00:00Z"},
        });

        assertThat(imported.added()).isEqualTo(4);
        assertThat(imported.alreadyStored()).isEqualTo(2);
        assertThat(records().caseEvents(process, "A").orElseThrow()).extracting(CaseEvent::stepCode)
                .containsExactly("S1", "NEW_AT_ONE", "S2", "S3");
        assertThat(records().caseEvents(process, "B").orElseThrow()).extracting(CaseEvent::stepCode)
                .containsExactly("B0", "B1");
    }

    @Test
    void a_case_of_more_events_than_a_run_holds_keeps_every_event_in_recorded_order() {
        int events = 10_000; // more than the PostgreSQL adapter gathers into one staged row
        var rows = new String[events + 1][];
        for (int i = 0; i < events; i++) {
            // backwards in time, so the whole case must be put in order, not each part of it
            rows[i] = new String[]{"LONG", "S" + i, "R", at(events - i).toString()};
        }
        rows[events] = new String[]{"SHORT", "X", "R", at(0).toString()};
        var imported = importEvents(rows);

        assertThat(imported.added()).isEqualTo(events + 1);
        var stored = records().caseEvents(process, "LONG").orElseThrow();
        assertThat(stored).hasSize(events);
        assertThat(stored.getFirst().stepCode()).isEqualTo("S" + (events - 1));
        assertThat(stored.getLast().stepCode()).isEqualTo("S0");
        assertThat(cases(process, Instant.EPOCH, at(1_000_000)).keySet()).containsExactly("SHORT", "LONG");
        assertThat(importEvents(rows).added()).isZero();
    }

    @Test
    void processes_starting_in_a_range_leave_out_the_ones_named() {
        var other = process + "_OTHER";
        importEvents(new String[][]{
                {"A", "S", "R", "2026-07-01T01:00:00Z"},
                {"B", "S", "R", "2026-07-01T02:00:00Z", other},
                {"C", "S", "R", "2026-07-01T03:00:00Z", other},
        });

        var counts = records().processesStartingIn(T0, T0.plusSeconds(86_400), Set.of(process)).stream()
                .filter(c -> c.processCode().startsWith(process)).toList();
        assertThat(counts).containsExactly(new ProcessCount(other, 2, 2));
        assertThat(records().processesStartingIn(T0, T0.plusSeconds(86_400), Set.of()).stream()
                .filter(c -> c.processCode().startsWith(process))).hasSize(2);
    }
}
