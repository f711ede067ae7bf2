package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.application.efficiency.fakes.InMemoryOptimizationProjects;
import dev.opscharter.application.efficiency.port.out.OptimizationProjects;

import java.util.UUID;

class OptimizationProjectsFakeTest extends OptimizationProjectsContract {

    private final OptimizationProjects projects = new InMemoryOptimizationProjects();

    @Override
    protected OptimizationProjects projects() {
        return projects;
    }

    @Override
    protected UUID storedAttachment() {
        return UUID.randomUUID();
    }
}
