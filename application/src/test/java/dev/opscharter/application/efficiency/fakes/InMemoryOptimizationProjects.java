package dev.opscharter.application.efficiency.fakes;

import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.efficiency.port.out.OptimizationProjects;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.OptimizationProjectId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Optimization projects in memory, with the optimistic locking and the order of the JDBC adapter. */
public final class InMemoryOptimizationProjects implements OptimizationProjects {

    private static final Comparator<OptimizationProject> OWN_ORDER = Comparator
            .comparing((OptimizationProject p) -> p.landedOn().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(OptimizationProject::createdAt, Comparator.reverseOrder())
            .thenComparing(p -> p.id().value());
    private static final Map<String, Comparator<OptimizationProject>> SORT_KEYS = Map.of(
            "title", Comparator.comparing(OptimizationProject::title),
            "owner", Comparator.comparing(OptimizationProject::owner),
            "state", Comparator.comparing(OptimizationProject::state),
            "landedOn", Comparator.comparing(p -> p.landedOn().orElse(LocalDate.MAX)));

    private final Map<OptimizationProjectId, OptimizationProject> projects = new LinkedHashMap<>();

    @Override
    public synchronized OptimizationProject save(OptimizationProject project) {
        var stored = projects.get(project.id());
        long version = project.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("OptimizationProject", project.id());
        }
        var saved = project.withVersion(version + 1);
        projects.put(project.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<OptimizationProject> byId(OptimizationProjectId id) {
        return Optional.ofNullable(projects.get(id));
    }

    @Override
    public synchronized List<OptimizationProject> page(ProjectFilter filter, PageRequest page) {
        return InMemoryPage.of(projects.values().stream().filter(p -> selects(filter, p)), page, SORT_KEYS, OWN_ORDER);
    }

    @Override
    public synchronized long count(ProjectFilter filter) {
        return projects.values().stream().filter(p -> selects(filter, p)).count();
    }

    @Override
    public synchronized List<OptimizationProject> landedBetween(LocalDate from, LocalDate until) {
        return projects.values().stream().filter(p -> p.landedBetween(from, until))
                .sorted(Comparator.comparing((OptimizationProject p) -> p.landedOn().orElseThrow())
                        .thenComparing(p -> p.id().value()))
                .toList();
    }

    @Override
    public synchronized boolean anyCreatedBefore(Instant until) {
        return projects.values().stream().anyMatch(p -> p.createdAt().isBefore(until));
    }

    private static boolean selects(ProjectFilter filter, OptimizationProject project) {
        return filter.state().map(s -> s == project.state()).orElse(true)
                && filter.text().map(t -> contains(project.title(), t) || contains(project.owner(), t)
                || project.processCode().map(c -> contains(c, t)).orElse(false)).orElse(true);
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
