package dev.opscharter.bootstrap.config;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.RowFiles;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.application.targets.service.ActualsService;
import dev.opscharter.application.targets.service.CustomerSatisfactionSource;
import dev.opscharter.application.targets.service.TargetIndicatorsSource;
import dev.opscharter.application.targets.service.TargetService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Operating targets (SPEC §5 "Targets and metrics") meet their adapters: units, metrics, targets and the
 * daily actuals in PostgreSQL, files of actuals read by the documents adapter (CSV, gzip, workbook). The two
 * scorecard parts the targets give are indicator sources: the appraisal service takes every
 * {@code IndicatorSource} bean, so a period with targets reads its figures from them and refuses typed ones.
 */
@Configuration(proxyBeanMethods = false)
public class TargetsConfiguration {

    @Bean
    TargetService targetService(BusinessUnits units, Metrics metrics, Targets targets, Actuals actuals,
                                Departments departments, UseCase useCase) {
        return new TargetService(units, metrics, targets, actuals, departments, useCase);
    }

    @Bean
    ActualsService actualsService(Actuals actuals, BusinessUnits units, Metrics metrics, RowFiles files,
                                  UseCase useCase) {
        return new ActualsService(actuals, units, metrics, files, useCase);
    }

    @Bean
    CustomerSatisfactionSource customerSatisfaction(Metrics metrics, Actuals actuals, Clock clock) {
        return new CustomerSatisfactionSource(metrics, actuals, clock);
    }

    @Bean
    TargetIndicatorsSource targetIndicators(Targets targets, Metrics metrics, Actuals actuals, BusinessUnits units,
                                            Clock clock) {
        return new TargetIndicatorsSource(targets, metrics, actuals, units, clock);
    }
}
