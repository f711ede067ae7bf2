package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.documents.targets.WeeklyReportFiles;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.ReportSubscribers;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive;
import dev.opscharter.application.targets.service.WeeklyReportFigures;
import dev.opscharter.application.targets.service.WeeklyReportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The weekly operations data report meets its adapters: the targets' stores for its figures, the UI
 * adapter's files (PDF and Excel in the interface's own words), the archive and the subscribers in
 * PostgreSQL, the people and accounts (the managers and directors receive it without asking), and the notifications (inbox, and mail after the commit). The job is {@code WeeklyReportJob}.
 */
@Configuration(proxyBeanMethods = false)
public class WeeklyReportConfiguration {

    @Bean
    WeeklyReportService weeklyReportService(Metrics metrics, Targets targets, Actuals actuals, BusinessUnits units,
                                            WeeklyReportArchive archive, ReportSubscribers subscribers,
                                            People people, UserAccounts accounts, Notifications notifications,
                                            SettingsStore settings, UseCase useCase) {
        return new WeeklyReportService(new WeeklyReportFigures(metrics, targets, actuals, units),
                new WeeklyReportFiles(), archive, subscribers, people, accounts, notifications, settings, useCase);
    }
}
