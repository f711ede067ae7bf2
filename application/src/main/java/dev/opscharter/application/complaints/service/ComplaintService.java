package dev.opscharter.application.complaints.service;

import dev.opscharter.application.complaints.port.in.ComplaintQueries;
import dev.opscharter.application.complaints.port.in.RecordComplaints;
import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.complaints.port.out.HandlingCases;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.RowFiles;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.complaints.MajorComplaint;
import dev.opscharter.domain.complaints.MajorComplaintId;
import dev.opscharter.domain.complaints.MajorComplaintRate;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.opscharter.domain.complaints.ComplaintsPermission.READ;
import static dev.opscharter.domain.complaints.ComplaintsPermission.RECORD;

/**
 * Complaints: the day counts entered, the major complaints recorded one by one — each opening an incident of type
 * {@code MAJOR_COMPLAINT} through the incidents' own use case — and the major complaint rate of a period.
 */
public final class ComplaintService implements RecordComplaints, ComplaintQueries {

    static final String DAY_ENTITY = "ComplaintDay";
    static final String MAJOR_ENTITY = "MajorComplaint";

    private final Complaints complaints;
    private final ManageIncidents incidents;
    private final Once once;
    private final RowFiles files;
    private final HandlingCases cases;
    private final UseCase uc;

    public ComplaintService(Complaints complaints, ManageIncidents incidents, RowFiles files, HandlingCases cases,
                            ProcessedRequests processed, UseCase uc) {
        this.complaints = complaints;
        this.incidents = incidents;
        this.files = files;
        this.cases = cases;
        this.once = new Once(processed);
        this.uc = uc;
    }

    @Override
    public void enterDay(ComplaintCount count) {
        uc.run(RECORD, () -> {
            var before = complaints.day(count.day());
            complaints.saveDay(count);
            uc.audit(DAY_ENTITY, count.day(), count.day().toString(),
                    before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                    before.map(ComplaintService::snapshot).orElse(Map.of()), snapshot(count));
        });
    }

    @Override
    public ImportSummary importDays(Path file, String fileName) {
        return uc.write(RECORD, () -> {
            List<ComplaintCount> read;
            try (var rows = files.open(file, fileName)) {
                read = ComplaintRows.read(rows);
            }
            if (read.isEmpty()) {
                return new ImportSummary(fileName, 0, 0, 0, 0);
            }
            var from = read.stream().map(ComplaintCount::day).min(Comparator.naturalOrder()).orElseThrow();
            var until = read.stream().map(ComplaintCount::day).max(Comparator.naturalOrder()).orElseThrow().plusDays(1);
            var stored = new HashMap<LocalDate, ComplaintCount>();
            complaints.days(from, until).forEach(day -> stored.put(day.day(), day));
            int added = 0;
            int corrected = 0;
            for (var count : read) {
                var before = stored.get(count.day());
                if (count.equals(before)) {
                    continue;
                }
                complaints.saveDay(count);
                uc.audit(DAY_ENTITY, count.day(), count.day().toString(),
                        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                        before == null ? Map.of() : snapshot(before), snapshot(count));
                if (before == null) {
                    added++;
                } else {
                    corrected++;
                }
            }
            return new ImportSummary(fileName, read.size(), added, corrected, read.size() - added - corrected);
        });
    }

    @Override
    public MajorComplaintId recordMajor(RequestKey request, MajorComplaintDraft draft) {
        return uc.write(RECORD, me -> once.create(request, "MajorComplaint.record", () -> {
            draft.handlingCase().filter(named -> !cases.exists(named)).ifPresent(unknown -> {
                throw new InvalidValue("handlingCase", "validation.complaints.case-unknown", unknown.processCode(),
                        unknown.caseId());
            });
            var incident = incidents.report(request.derived("MajorComplaint.incident"), IncidentType.MAJOR_COMPLAINT, draft.title());
            var complaint = complaints.saveMajor(new MajorComplaint(MajorComplaintId.random(), draft.day(),
                    draft.title(), draft.reason(), me.name(), uc.calendar().now(), incident, draft.handlingCase()));
            uc.audit(MAJOR_ENTITY, complaint.id(), complaint.title(), AuditAction.CREATE, Map.of(),
                    snapshot(complaint));
            return complaint.id();
        }, MajorComplaintId::toString, MajorComplaintId::parse));
    }

    @Override
    public List<ComplaintCount> days(LocalDate from, LocalDate until) {
        return uc.read(READ, () -> complaints.days(from, until));
    }

    @Override
    public List<MajorComplaint> majorComplaints(PageRequest page) {
        return uc.read(READ, () -> complaints.majorComplaints(page));
    }

    @Override
    public long countMajorComplaints() {
        return uc.read(READ, complaints::countMajorComplaints);
    }

    @Override
    public MajorComplaintRate rate(Period period) {
        return uc.read(READ, () -> MajorComplaintRate.of(complaints.days(period.firstDay(), period.endExclusive())));
    }

    private static Map<String, String> snapshot(ComplaintCount count) {
        return Map.of("total", Long.toString(count.total()), "major", Long.toString(count.major()));
    }

    private static Map<String, String> snapshot(MajorComplaint complaint) {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("day", complaint.day().toString());
        snapshot.put("title", complaint.title());
        snapshot.put("reason", complaint.reason());
        snapshot.put("incident", complaint.incident().toString());
        complaint.handlingCase().ifPresent(c -> snapshot.put("handling case", c.processCode() + " " + c.caseId()));
        return snapshot;
    }
}
