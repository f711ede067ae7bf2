package dev.opscharter.application.efficiency.service;

import dev.opscharter.application.efficiency.port.in.BenchmarkQueries;
import dev.opscharter.application.efficiency.port.in.ManageBenchmarks;
import dev.opscharter.application.efficiency.port.out.Benchmarks;
import dev.opscharter.application.efficiency.port.out.ToolIntroductions;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.BenchmarkId;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;

import java.util.List;

import static dev.opscharter.domain.efficiency.EfficiencyPermission.MANAGE;
import static dev.opscharter.domain.efficiency.EfficiencyPermission.READ;

/** Benchmarks and tool introductions: a manager records and corrects them, everyone who reads efficiency sees them. */
public final class BenchmarkService implements ManageBenchmarks, BenchmarkQueries {

    static final RecordType<BenchmarkId, Benchmark> BENCHMARK = new RecordType<>("Benchmark", Benchmark::id,
            Benchmark::indicator, Benchmark::snapshot, Benchmark::version, BenchmarkId::toString,
            BenchmarkId::parse);
    static final RecordType<ToolIntroductionId, ToolIntroduction> TOOL = new RecordType<>("ToolIntroduction",
            ToolIntroduction::id, ToolIntroduction::name, ToolIntroduction::snapshot, ToolIntroduction::version,
            ToolIntroductionId::toString, ToolIntroductionId::parse);

    private final Benchmarks benchmarks;
    private final ToolIntroductions tools;
    private final UseCase uc;

    public BenchmarkService(Benchmarks benchmarks, ToolIntroductions tools, UseCase uc) {
        this.benchmarks = benchmarks;
        this.tools = tools;
        this.uc = uc;
    }

    @Override
    public BenchmarkId record(RequestKey key, Benchmark benchmark) {
        return uc.create(MANAGE, key, BENCHMARK, benchmarks, me -> benchmark.withVersion(0));
    }

    @Override
    public void update(Benchmark benchmark) {
        uc.change(MANAGE, BENCHMARK, benchmarks, benchmark.id(), benchmark.version(), AuditAction.UPDATE,
                (me, stored) -> benchmark);
    }

    @Override
    public ToolIntroductionId record(RequestKey key, ToolIntroduction tool) {
        return uc.create(MANAGE, key, TOOL, tools, me -> tool.withVersion(0));
    }

    @Override
    public void update(ToolIntroduction tool) {
        uc.change(MANAGE, TOOL, tools, tool.id(), tool.version(), AuditAction.UPDATE, (me, stored) -> tool);
    }

    @Override
    public List<Benchmark> benchmarks(PageRequest page) {
        return uc.read(READ, () -> benchmarks.page(page));
    }

    @Override
    public long countBenchmarks() {
        return uc.read(READ, benchmarks::count);
    }

    @Override
    public Benchmark benchmark(BenchmarkId id) {
        return uc.read(READ, () -> benchmarks.byId(id).orElseThrow(() -> new NotFound(BENCHMARK.entity(), id)));
    }

    @Override
    public List<ToolIntroduction> tools(PageRequest page) {
        return uc.read(READ, () -> tools.page(page));
    }

    @Override
    public long countTools() {
        return uc.read(READ, tools::count);
    }

    @Override
    public ToolIntroduction tool(ToolIntroductionId id) {
        return uc.read(READ, () -> tools.byId(id).orElseThrow(() -> new NotFound(TOOL.entity(), id)));
    }
}
