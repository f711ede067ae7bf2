package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.WrittenWeek;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive;
import dev.opscharter.domain.targets.IsoWeek;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Written weeks in memory: the first report of a week stays, later ones are turned away. */
public final class InMemoryWeeklyReportArchive implements WeeklyReportArchive {

    private final TreeMap<IsoWeek, WrittenReport> reports = new TreeMap<>(Comparator.reverseOrder());
    private int refused;

    @Override
    public synchronized boolean keep(WrittenReport report) {
        if (reports.containsKey(report.week().week())) {
            refused++;
            return false;
        }
        // copies, as a database keeps them: later changes to the caller's arrays do not reach them
        reports.put(report.week().week(), new WrittenReport(report.week(), report.pdf().clone(),
                report.workbook().clone()));
        return true;
    }

    @Override
    public synchronized Optional<WrittenWeek> written(IsoWeek week) {
        return Optional.ofNullable(reports.get(week)).map(WrittenReport::week);
    }

    @Override
    public synchronized Optional<WrittenWeek> latest() {
        return reports.values().stream().findFirst().map(WrittenReport::week);
    }

    @Override
    public synchronized List<WrittenWeek> page(PageRequest page) {
        return reports.values().stream().skip(page.offset()).limit(page.limit()).map(WrittenReport::week).toList();
    }

    @Override
    public synchronized long count() {
        return reports.size();
    }

    @Override
    public synchronized Optional<byte[]> file(IsoWeek week, DocumentFormat format) {
        return Optional.ofNullable(reports.get(week)).map(r -> r.content(format).clone());
    }

    /** How many second writes of a week were turned away. */
    public synchronized int refused() {
        return refused;
    }
}
