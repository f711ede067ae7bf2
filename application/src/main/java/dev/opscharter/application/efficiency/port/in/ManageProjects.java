package dev.opscharter.application.efficiency.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.efficiency.OptimizationProjectId;
import dev.opscharter.domain.efficiency.ProjectDraft;

import java.time.LocalDate;
import java.util.UUID;

/** Optimization projects from planning to acceptance; every change names the version the user saw. */
public interface ManageProjects {

    /** A new planned project, once per {@code key}: a repeated request answers the first one's id. */
    OptimizationProjectId plan(RequestKey key, ProjectDraft draft);

    void edit(OptimizationProjectId id, long version, ProjectDraft draft);

    /**
     * Measures the median and 90th-percentile case duration of the project's process from the execution
     * records: the cases that started in the {@code days} before {@code landedOn} against those of the
     * {@code days} from it on. Refused when either window has no case.
     */
    void measure(OptimizationProjectId id, long version, LocalDate landedOn, int days);

    void start(OptimizationProjectId id, long version);

    /** Accepts the project as landed on {@code landedOn}, keeping the acceptance report; answers the file's id. */
    UUID accept(OptimizationProjectId id, long version, LocalDate landedOn, String fileName, byte[] content);

    void cancel(OptimizationProjectId id, long version);
}
