package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.compliance.ProcessManualRows.ProcessRow;
import dev.opscharter.adapters.persistence.compliance.ProcessManualRows.ProcessStepRow;
import dev.opscharter.adapters.persistence.compliance.ProcessManualRows.ProcessVersionRow;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessId;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Between the process manual's rows and the domain; roles and end steps are stored sorted. */
final class ProcessManualMapper {

    private ProcessManualMapper() {
    }

    static ProcessRow toRow(Process process, long version) {
        return new ProcessRow(process.id().value(), process.code().value(), process.name().chinese(),
                process.name().english(), version);
    }

    static ProcessVersionRow toRow(ProcessId process, ProcessVersion version) {
        return new ProcessVersionRow(process.value(), version.number(), version.effectiveFrom(),
                version.basis().name(), version.endToEndLimit().map(Duration::toSeconds).orElse(null),
                version.endSteps().stream().map(StepCode::value).sorted().toList(),
                version.steps().stream().map(ProcessManualMapper::toRow).toList());
    }

    private static ProcessStepRow toRow(ProcessStep step) {
        return new ProcessStepRow(step.code().value(), step.name().chinese(), step.name().english(),
                step.mandatory(), step.responsibleRoles().stream().sorted().toList(),
                step.limit().map(Duration::toSeconds).orElse(null));
    }

    static Process toDomain(ProcessRow row, List<ProcessVersionRow> versions) {
        return new Process(new ProcessId(row.id()), new ProcessCode(row.code()),
                new BilingualName(row.nameZh(), row.nameEn()),
                versions.stream().map(ProcessManualMapper::toDomain).toList(), row.version());
    }

    private static ProcessVersion toDomain(ProcessVersionRow row) {
        return new ProcessVersion(row.number(), row.effectiveFrom(),
                row.steps().stream().map(ProcessManualMapper::toDomain).toList(),
                seconds(row.endToEndLimitSeconds()),
                new HashSet<>(row.endSteps().stream().map(StepCode::new).toList()), LimitBasis.valueOf(row.basis()));
    }

    private static ProcessStep toDomain(ProcessStepRow row) {
        return new ProcessStep(new StepCode(row.code()), new BilingualName(row.nameZh(), row.nameEn()),
                row.mandatory(), new HashSet<>(row.roles()), seconds(row.limitSeconds()));
    }

    private static Optional<Duration> seconds(Long seconds) {
        return Optional.ofNullable(seconds).map(Duration::ofSeconds);
    }
}
