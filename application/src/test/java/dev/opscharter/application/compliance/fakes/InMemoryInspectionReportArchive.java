package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.InspectionReportArchive;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.compliance.CheckId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Kept reports in memory: the first file of a check and format stays, later ones are turned away. */
public final class InMemoryInspectionReportArchive implements InspectionReportArchive {

    private record Key(CheckId check, DocumentFormat format) {
    }

    private final Map<Key, KeptReport> reports = new LinkedHashMap<>();
    private int refused;

    @Override
    public synchronized boolean keep(KeptReport report) {
        var key = new Key(report.check(), report.format());
        if (reports.containsKey(key)) {
            refused++;
            return false;
        }
        // a copy, as a database would keep it: later changes to the caller's array do not reach it
        reports.put(key, new KeptReport(report.check(), report.format(), report.fileName(),
                report.content().clone(), report.sha256(), report.generatedAt()));
        return true;
    }

    @Override
    public synchronized Optional<KeptReport> kept(CheckId check, DocumentFormat format) {
        return Optional.ofNullable(reports.get(new Key(check, format))).map(r -> new KeptReport(r.check(),
                r.format(), r.fileName(), r.content().clone(), r.sha256(), r.generatedAt()));
    }

    public synchronized List<KeptReport> all() {
        return List.copyOf(reports.values());
    }

    /** How many second writes were turned away. */
    public synchronized int refused() {
        return refused;
    }
}
