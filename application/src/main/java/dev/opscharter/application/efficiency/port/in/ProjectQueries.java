package dev.opscharter.application.efficiency.port.in;

import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.OptimizationProjectId;
import dev.opscharter.domain.efficiency.ProjectStep;

import java.util.List;
import java.util.Optional;

/** The projects as their readers see them. */
public interface ProjectQueries {

    List<OptimizationProject> page(ProjectFilter filter, PageRequest page);

    long count(ProjectFilter filter);

    /** A project with the steps the current user may take on it. */
    WithSteps<OptimizationProject, ProjectStep> detail(OptimizationProjectId id);

    /** The acceptance report of an accepted project. */
    Optional<StoredFile> acceptanceReport(OptimizationProjectId id);

    /** Whether a process has execution records to measure a project from. */
    boolean measurable(String processCode);
}
