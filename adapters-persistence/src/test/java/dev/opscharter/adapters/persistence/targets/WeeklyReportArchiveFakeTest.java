package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.fakes.InMemoryWeeklyReportArchive;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive;

class WeeklyReportArchiveFakeTest extends WeeklyReportArchiveContract {

    private final WeeklyReportArchive archive = new InMemoryWeeklyReportArchive();

    @Override
    protected WeeklyReportArchive archive() {
        return archive;
    }
}
