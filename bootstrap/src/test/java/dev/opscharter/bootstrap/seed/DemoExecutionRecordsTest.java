package dev.opscharter.bootstrap.seed;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's complaint-handling log: SPEC §4's columns, this year's working days, now and then a deviation. */
class DemoExecutionRecordsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** Case id → its step codes, in file order; checks every line's shape on the way. */
    private static Map<String, List<String>> cases(String csv) {
        var lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo("case_id,process_code,step_code,actor_role,occurred_at");
        var cases = new LinkedHashMap<String, List<String>>();
        OffsetDateTime previous = null;
        String previousCase = null;
        for (int i = 1; i < lines.length; i++) {
            var fields = lines[i].split(",");
            assertThat(fields).as(lines[i]).hasSize(5);
            assertThat(fields[1]).isEqualTo(DemoExecutionRecords.PROCESS);
            var at = OffsetDateTime.parse(fields[4]);
            assertThat(at.toLocalDate()).isBetween(LocalDate.of(2026, 1, 1), TODAY);
            if (fields[0].equals(previousCase)) {
                assertThat(at).as("events of a case in time order").isAfterOrEqualTo(previous);
            }
            previous = at;
            previousCase = fields[0];
            cases.computeIfAbsent(fields[0], id -> new ArrayList<>()).add(fields[2]);
        }
        return cases;
    }

    @Test
    void every_working_day_of_the_year_brings_complaints_most_of_them_by_the_manual() {
        var cases = cases(DemoExecutionRecords.complaints(SHANGHAI, TODAY));

        assertThat(cases).hasSizeBetween(230 * 18, 240 * 33);
        assertThat(cases.keySet()).as("none on Saturday 3 January").noneMatch(id -> id.startsWith("TS-20260103-"));
        assertThat(cases.values()).allMatch(steps -> steps.getFirst().equals("REGISTER_COMPLAINT"));
        var byTheManual = List.of("REGISTER_COMPLAINT", "CLASSIFY_AND_ASSIGN", "CONTACT_CUSTOMER", "INVESTIGATE",
                "PROPOSE_RESOLUTION", "CUSTOMER_CONFIRMATION", "CLOSE_COMPLAINT");
        long plain = cases.values().stream().filter(byTheManual::equals).count();
        assertThat(plain).as("most follow the manual").isGreaterThan(cases.size() / 3);
        assertThat(cases.values()).as("a skipped step").anyMatch(steps -> !steps.contains("CONTACT_CUSTOMER"));
        assertThat(cases.values()).as("steps out of order").anyMatch(steps ->
                steps.indexOf("CUSTOMER_CONFIRMATION") < steps.indexOf("PROPOSE_RESOLUTION"));
        assertThat(cases.values()).as("still open").anyMatch(steps -> !steps.contains("CLOSE_COMPLAINT"));
        assertThat(cases.values()).as("follow-ups since July").anyMatch(steps -> steps.contains("SATISFACTION_FOLLOW_UP"));
    }

    @Test
    void the_log_is_the_same_every_time_and_ends_before_today() {
        var csv = DemoExecutionRecords.complaints(SHANGHAI, TODAY);

        assertThat(DemoExecutionRecords.complaints(SHANGHAI, TODAY)).isEqualTo(csv);
        assertThat(csv.lines().skip(1).map(line -> OffsetDateTime.parse(line.split(",")[4])))
                .allMatch(at -> at.toInstant().isBefore(TODAY.atStartOfDay(SHANGHAI).toInstant()));
    }
}
