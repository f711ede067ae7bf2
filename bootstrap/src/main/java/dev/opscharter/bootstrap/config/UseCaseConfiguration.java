package dev.opscharter.bootstrap.config;

import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.application.shared.service.AuditTrailService;
import dev.opscharter.application.shared.service.PermissionService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The use cases are plain classes; this is where they meet their adapters. Each bean is exposed
 * under its inbound ports only, so views cannot reach past them. This class holds what every
 * context shares (the clock, the use-case kit, the audit trail); each context has its own class.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpsCharterProperties.class)
public class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** "Today" in the organization's time zone, as the setting is now. */
    @Bean
    BusinessCalendar businessCalendar(Clock clock, SettingsStore settings) {
        return new BusinessCalendar(clock, () -> settings.load().timeZone());
    }

    @Bean
    UseCase useCase(Transactions transactions, CurrentActor actor, AuditLog auditLog, ProcessedRequests processed,
                    BusinessCalendar calendar) {
        return new UseCase(transactions, actor, auditLog, processed, calendar);
    }

    @Bean
    Audit audit(AuditLog auditLog, CurrentActor actor, Clock clock) {
        return new Audit(auditLog, actor, clock);
    }

    @Bean
    AuditTrailService auditTrail(AuditLog auditLog, UseCase useCase) {
        return new AuditTrailService(auditLog, useCase);
    }

    @Bean
    PermissionService permissions(CurrentActor actor) {
        return new PermissionService(actor);
    }
}
