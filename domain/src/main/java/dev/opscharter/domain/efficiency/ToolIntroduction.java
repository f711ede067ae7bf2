package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.Require;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A tool or system brought in (CRM, ERP, …) and the efficiency it was to bring: the charter expects at
 * least {@link #EXPECTED_GAIN} % after go-live, measured on one indicator before and after.
 */
public record ToolIntroduction(String name, LocalDate goLive, Improvement measured, Optional<String> training) {

    /** The charter's expectation of a tool's gain, in percent. */
    public static final BigDecimal EXPECTED_GAIN = new BigDecimal("20");

    public ToolIntroduction {
        name = Require.text(name, "name", 200);
        Objects.requireNonNull(goLive, "goLive");
        Objects.requireNonNull(measured, "measured");
        training = training.map(String::strip).filter(t -> !t.isEmpty());
    }

    public boolean meetsExpectation() {
        return measured.reaches(EXPECTED_GAIN);
    }
}
