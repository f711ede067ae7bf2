package dev.opscharter.bootstrap.config;

import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.compliance.port.out.EscalationLog;
import dev.opscharter.application.compliance.port.out.FindingHistory;
import dev.opscharter.application.compliance.service.CorrectiveActionService;
import dev.opscharter.application.compliance.service.OverdueActionEscalation;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.service.InboxService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/**
 * Rectification (SPEC §4, 整改) meets its adapters: corrective actions, their evidence files, the
 * escalation log, the notifications (in-app inbox and e-mail) and the finding history of the
 * compliance checks (the check results' {@link FindingHistory}; without one, every recurrence
 * question answers "not checked yet").
 *
 * <p>The {@link Notifications} (inbox and e-mail) come from {@link MailConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class RectificationConfiguration {

    /** Knows no completed check: for a deployment without the compliance checks. */
    static final FindingHistory NO_CHECKS_YET = (period, process) -> Optional.empty();

    @Bean
    CorrectiveActionService correctiveActionService(CorrectiveActions actions, Attachments files,
                                                    ObjectProvider<FindingHistory> history, UserAccounts accounts,
                                                    People people, Notifications notifications, UseCase useCase) {
        return new CorrectiveActionService(actions, files, history.getIfAvailable(() -> NO_CHECKS_YET), accounts,
                people, notifications, useCase);
    }

    @Bean
    OverdueActionEscalation overdueActionEscalation(CorrectiveActions actions, EscalationLog log,
                                                    Notifications notifications, UseCase useCase) {
        return new OverdueActionEscalation(actions, log, notifications, useCase);
    }

    @Bean
    InboxService inboxService(InboxStore store, UseCase useCase) {
        return new InboxService(store, useCase);
    }
}
