package dev.opscharter.application.efficiency.port.out;

import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.OptimizationProjectId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where optimization projects are kept, their indicators with them. */
public interface OptimizationProjects extends RecordStore<OptimizationProjectId, OptimizationProject> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    @Override
    OptimizationProject save(OptimizationProject project);

    @Override
    Optional<OptimizationProject> byId(OptimizationProjectId id);

    /**
     * Sorted by the page's keys ({@code title}, {@code owner}, {@code state}, {@code landedOn}), then the latest
     * landed first, then the newest created.
     */
    List<OptimizationProject> page(ProjectFilter filter, PageRequest page);

    long count(ProjectFilter filter);

    /** Accepted with a landed date in [from, until), earliest landed first: what the scorecard reads. */
    List<OptimizationProject> landedBetween(LocalDate from, LocalDate until);

    /** Whether any project was recorded before {@code until} (its creation): the organization keeps them here. */
    boolean anyCreatedBefore(Instant until);
}
