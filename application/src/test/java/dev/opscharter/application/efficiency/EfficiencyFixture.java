package dev.opscharter.application.efficiency;

import dev.opscharter.application.efficiency.fakes.InMemoryBenchmarks;
import dev.opscharter.application.efficiency.fakes.InMemoryCaseDurations;
import dev.opscharter.application.efficiency.fakes.InMemoryOptimizationProjects;
import dev.opscharter.application.efficiency.fakes.InMemoryToolIntroductions;
import dev.opscharter.application.efficiency.service.BenchmarkService;
import dev.opscharter.application.efficiency.service.EfficiencySource;
import dev.opscharter.application.efficiency.service.ProjectService;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.fakes.InMemoryAttachments;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;

import java.util.Set;

/** The efficiency context on in-memory fakes; the manager acts first. Clock: {@link OrganizationFixture#NOW}. */
public final class EfficiencyFixture {

    public final OrganizationFixture org = new OrganizationFixture();
    public final InMemoryOptimizationProjects projects = new InMemoryOptimizationProjects();
    public final InMemoryBenchmarks benchmarks = new InMemoryBenchmarks();
    public final InMemoryToolIntroductions tools = new InMemoryToolIntroductions();
    public final InMemoryCaseDurations durations = new InMemoryCaseDurations();
    public final InMemoryAttachments files = new InMemoryAttachments();

    public final Actor manager = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    public final Actor specialist = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    public final Actor auditor = Actor.user("auditor", Set.of(Role.AUDITOR));

    public EfficiencyFixture() {
        actAs(manager);
    }

    public ProjectService projectService() {
        return new ProjectService(projects, durations, files, org.useCase);
    }

    public BenchmarkService benchmarkService() {
        return new BenchmarkService(benchmarks, tools, org.useCase);
    }

    public EfficiencySource source() {
        return new EfficiencySource(projects);
    }

    public Actor actAs(Actor someone) {
        return org.actAs(someone);
    }
}
