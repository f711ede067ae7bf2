package dev.opscharter.adapters.persistence.compliance;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The rows of the process manual's three tables, as {@link JdbcProcessManual} reads and writes them. */
final class ProcessManualRows {

    private ProcessManualRows() {
    }

    /** A row of {@code process}. */
    record ProcessRow(UUID id, String code, String nameZh, String nameEn, long version) {
    }

    /** A row of {@code process_version} with its steps in the manual's order. */
    record ProcessVersionRow(UUID processId, int number, LocalDate effectiveFrom, String basis,
                             @Nullable Long endToEndLimitSeconds, List<String> endSteps,
                             List<ProcessStepRow> steps) {
    }

    /** A row of {@code process_step}; its position is its index in the version's list. */
    record ProcessStepRow(String code, String nameZh, String nameEn, boolean mandatory, List<String> roles,
                          @Nullable Long limitSeconds) {
    }
}
