package dev.opscharter.bootstrap.config;

import dev.opscharter.application.efficiency.port.out.Benchmarks;
import dev.opscharter.application.efficiency.port.out.CaseDurations;
import dev.opscharter.application.efficiency.port.out.OptimizationProjects;
import dev.opscharter.application.efficiency.port.out.ToolIntroductions;
import dev.opscharter.application.efficiency.service.BenchmarkService;
import dev.opscharter.application.efficiency.service.EfficiencySource;
import dev.opscharter.application.efficiency.service.ProjectService;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Attachments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Efficiency (issue 14) meets its adapters: projects, benchmarks and tools in PostgreSQL, the case durations of
 * the compliance context's execution records (read only), acceptance reports with the other attachments; and the
 * efficiency indicator's two parts as an {@code IndicatorSource}, which the appraisal service takes with the
 * others, so a period with landed projects reads its figure from them.
 */
@Configuration(proxyBeanMethods = false)
public class EfficiencyConfiguration {

    @Bean
    ProjectService projectService(OptimizationProjects projects, CaseDurations durations, Attachments files,
                                  UseCase useCase) {
        return new ProjectService(projects, durations, files, useCase);
    }

    @Bean
    BenchmarkService benchmarkService(Benchmarks benchmarks, ToolIntroductions tools, UseCase useCase) {
        return new BenchmarkService(benchmarks, tools, useCase);
    }

    @Bean
    EfficiencySource efficiencySource(OptimizationProjects projects) {
        return new EfficiencySource(projects);
    }
}
