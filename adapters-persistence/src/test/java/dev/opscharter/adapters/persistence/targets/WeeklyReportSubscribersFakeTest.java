package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.fakes.InMemoryReportSubscribers;
import dev.opscharter.application.targets.port.out.ReportSubscribers;

class WeeklyReportSubscribersFakeTest extends WeeklyReportSubscribersContract {

    private final ReportSubscribers subscribers = new InMemoryReportSubscribers();

    @Override
    protected ReportSubscribers subscribers() {
        return subscribers;
    }
}
