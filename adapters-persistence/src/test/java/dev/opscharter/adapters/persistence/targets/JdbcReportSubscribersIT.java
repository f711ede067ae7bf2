package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.targets.port.out.ReportSubscribers;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIntegrationTest
class JdbcReportSubscribersIT extends WeeklyReportSubscribersContract {

    @Autowired
    private ReportSubscribers subscribers;

    @Override
    protected ReportSubscribers subscribers() {
        return subscribers;
    }
}
