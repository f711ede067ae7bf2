package dev.opscharter.application.efficiency.service;

import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.efficiency.port.in.ManageProjects;
import dev.opscharter.application.efficiency.port.in.ProjectQueries;
import dev.opscharter.application.efficiency.port.out.CaseDurations;
import dev.opscharter.application.efficiency.port.out.OptimizationProjects;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.domain.efficiency.Measured;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.OptimizationProjectId;
import dev.opscharter.domain.efficiency.ProjectDraft;
import dev.opscharter.domain.efficiency.ProjectStep;
import dev.opscharter.domain.efficiency.WindowDurations;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import static dev.opscharter.domain.efficiency.EfficiencyPermission.PREPARE;
import static dev.opscharter.domain.efficiency.EfficiencyPermission.READ;

/**
 * Optimization projects: planned once per request, edited, measured from the execution records, started,
 * accepted with the report kept as an attachment, cancelled. Each change is the domain's step on the version
 * the user saw; who may take it is the project's rule ({@link OptimizationProject#allowedSteps}).
 */
public final class ProjectService implements ManageProjects, ProjectQueries {

    static final RecordType<OptimizationProjectId, OptimizationProject> TYPE = new RecordType<>(
            "OptimizationProject", OptimizationProject::id, OptimizationProject::title,
            OptimizationProject::snapshot, OptimizationProject::version, OptimizationProjectId::toString,
            OptimizationProjectId::parse);

    private final OptimizationProjects projects;
    private final CaseDurations durations;
    private final Attachments files;
    private final UseCase uc;

    public ProjectService(OptimizationProjects projects, CaseDurations durations, Attachments files, UseCase uc) {
        this.projects = projects;
        this.durations = durations;
        this.files = files;
        this.uc = uc;
    }

    @Override
    public OptimizationProjectId plan(RequestKey key, ProjectDraft draft) {
        return uc.create(PREPARE, key, TYPE, projects, me -> OptimizationProject.plan(draft, me, uc.calendar().now()));
    }

    @Override
    public void edit(OptimizationProjectId id, long version, ProjectDraft draft) {
        change(id, version, (me, project) -> project.edit(me, draft));
    }

    @Override
    public void measure(OptimizationProjectId id, long version, LocalDate landedOn, int days) {
        int window = Measured.requireDays(days);
        change(id, version, (me, project) -> {
            var process = project.processCode()
                    .orElseThrow(() -> new RuleViolation("rule.efficiency.project.no-process"));
            var zone = uc.calendar().zone().get();
            var landed = landedOn.atStartOfDay(zone).toInstant();
            var before = cases(process, landedOn.minusDays(window).atStartOfDay(zone).toInstant(), landed, "before");
            var after = cases(process, landed, landedOn.plusDays(window).atStartOfDay(zone).toInstant(), "after");
            return project.measure(me, before, after, landedOn, window);
        });
    }

    private WindowDurations cases(String process, Instant from, Instant until, String window) {
        return durations.startedBetween(process, from, until)
                .orElseThrow(() -> new RuleViolation("rule.efficiency.measure.no-cases-" + window, process));
    }

    @Override
    public void start(OptimizationProjectId id, long version) {
        change(id, version, (me, project) -> project.start(me));
    }

    @Override
    public UUID accept(OptimizationProjectId id, long version, LocalDate landedOn, String fileName, byte[] content) {
        var file = AttachmentFile.accept(fileName, content);
        change(id, version, (me, project) -> {
            // the domain decides first whether this user may accept now; only then is the report kept
            var accepted = project.accept(me, landedOn, file.id(), uc.calendar().today());
            files.store(file, me.name());
            return accepted;
        });
        return file.id();
    }

    @Override
    public void cancel(OptimizationProjectId id, long version) {
        change(id, version, (me, project) -> project.cancel(me));
    }

    private void change(OptimizationProjectId id, long version,
                        BiFunction<Actor, OptimizationProject, OptimizationProject> step) {
        // whoever prepares projects gets this far; the project's own guard decides whether the step is theirs
        uc.change(PREPARE, TYPE, projects, id, version, AuditAction.UPDATE, step);
    }

    @Override
    public List<OptimizationProject> page(ProjectFilter filter, PageRequest page) {
        return uc.read(READ, () -> projects.page(filter, page));
    }

    @Override
    public long count(ProjectFilter filter) {
        return uc.read(READ, () -> projects.count(filter));
    }

    @Override
    public WithSteps<OptimizationProject, ProjectStep> detail(OptimizationProjectId id) {
        return uc.withSteps(READ, TYPE, projects, id, OptimizationProject::allowedSteps);
    }

    @Override
    public Optional<StoredFile> acceptanceReport(OptimizationProjectId id) {
        return uc.read(READ, () -> projects.byId(id).flatMap(OptimizationProject::acceptanceReport)
                .flatMap(files::byId));
    }

    @Override
    public boolean measurable(String processCode) {
        return uc.read(READ, () -> durations.hasRecords(processCode));
    }
}
