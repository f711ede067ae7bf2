package dev.opscharter.application.collaboration.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;

import java.util.List;

/** Cross-department projects and launches, each with the departments' parts and the milestones. */
public interface CrossDepartmentProjects extends RecordStore<CrossDepartmentProjectId, CrossDepartmentProject> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    @Override
    CrossDepartmentProject save(CrossDepartmentProject project);

    /** By start, latest first. */
    List<CrossDepartmentProject> page(PageRequest page);

    long count();

    /** The projects still running: the only ones whose milestones can be overdue. */
    List<CrossDepartmentProject> active();
}
