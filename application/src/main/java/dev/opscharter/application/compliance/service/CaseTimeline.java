package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.TimelineEntry;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.ComplianceChecks.TimeSpan;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.CaseEvent;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.Deviation;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a case's timeline: its events with the event before the page (for the time since it)
 * and the deviations at the page's times — read from the stores a page at a time, so a case of a
 * million events and deviations is never held whole.
 */
final class CaseTimeline {

    private CaseTimeline() {
    }

    static List<TimelineEntry> page(ExecutionRecords records, ComplianceChecks checks, CheckId id,
                                    String processCode, String caseId, PageRequest page) {
        boolean withPrevious = page.offset() > 0;
        var read = records.caseEvents(processCode, caseId, page.offset() - (withPrevious ? 1 : 0),
                page.limit() + (withPrevious ? 1 : 0));
        var shown = withPrevious && !read.isEmpty() ? read.subList(1, read.size()) : read;
        if (shown.isEmpty()) {
            return List.of();
        }
        // events are in recorded order, by time: the page's deviations lie between its first and last
        var span = new TimeSpan(shown.getFirst().occurredAt(), shown.getLast().occurredAt());
        var deviations = checks.deviations(id, processCode, caseId, Optional.of(span), 0,
                ComplianceCheckQueries.DEVIATIONS_PER_TIMELINE_PAGE);
        var entries = new ArrayList<TimelineEntry>(shown.size());
        @Nullable CaseEvent previous = withPrevious ? read.getFirst() : null;
        for (var event : shown) {
            var since = previous == null ? Optional.<Duration>empty()
                    : Optional.of(Duration.between(previous.occurredAt(), event.occurredAt()));
            entries.add(new TimelineEntry(event, since, deviations.stream().filter(d -> at(d, event)).toList()));
            previous = event;
        }
        return entries;
    }

    /** A deviation shows at the occurrence it concerns. */
    static boolean at(Deviation deviation, CaseEvent event) {
        return deviation.at() != null && deviation.at().equals(event.occurredAt())
                && Objects.equals(deviation.step(), event.stepCode())
                && (deviation.role() == null || deviation.role().equals(event.actorRole()));
    }
}
