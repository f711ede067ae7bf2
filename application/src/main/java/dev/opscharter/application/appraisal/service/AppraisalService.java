package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.port.in.ApproveScorecards;
import dev.opscharter.application.appraisal.port.in.ManageStandards;
import dev.opscharter.application.appraisal.port.in.RecordFigures;
import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.application.appraisal.port.out.Standards;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Scorecard;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.appraisal.ScorecardPolicy;
import dev.opscharter.domain.appraisal.StandardsHistory;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The appraisal use cases: figures in, scorecards out, the director's approval and standards. */
public final class AppraisalService implements ScorecardQueries, RecordFigures, ApproveScorecards, ManageStandards {

    static final String ENTRY = "AppraisalFigure";
    static final String APPROVAL = "ScorecardApproval";
    static final String STANDARDS = "AppraisalStandards";
    public static final int MAX_ATTACHMENT_BYTES = AttachmentFile.MAX_BYTES;
    private static final Role[] READERS = {Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST};
    private static final Role[] RECORDERS = {Role.OPS_MANAGER, Role.OPS_SPECIALIST};

    private final FigureResolver figures;
    private final ManualEntries manualEntries;
    private final Standards standards;
    private final ScorecardApprovals approvals;
    private final Attachments attachments;
    private final SettingsStore settings;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Audit audit;
    private final Clock clock;

    public AppraisalService(List<IndicatorSource> sources, ManualEntries manualEntries, Standards standards,
                            ScorecardApprovals approvals, Attachments attachments, SettingsStore settings,
                            Transactions transactions, CurrentActor actor, Audit audit, Clock clock) {
        this.figures = new FigureResolver(sources, manualEntries, approvals);
        this.manualEntries = manualEntries;
        this.standards = standards;
        this.approvals = approvals;
        this.attachments = attachments;
        this.settings = settings;
        this.transactions = transactions;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ScorecardReport scorecard(Period period) {
        var me = actor.get();
        AccessDenied.unlessAnyOf(me, READERS);
        return transactions.readOnly(() -> {
            var zone = zone();
            var approval = approvals.of(period);
            var standardsHistory = new StandardsHistory(standards.all());
            var judgedBy = approval.map(a -> version(standardsHistory, a.standardsVersion()))
                    .orElseGet(() -> inForce(standardsHistory, period.year()));
            var scorecard = approval.map(a -> a.scorecard(judgedBy))
                    .orElseGet(() -> evaluate(period, judgedBy, zone));
            boolean editable = me.hasAnyOf(RECORDERS) && approval.isEmpty() && !period.isFuture(today(zone));
            return new ScorecardReport(scorecard, judgedBy, approval, figures.recordParts(), editable);
        });
    }

    @Override
    public List<Scorecard> trend(Period.Quarter last, int count) {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> {
            var zone = zone();
            var quarters = last.trailing(count);
            var periods = new LinkedHashSet<Period>();
            quarters.forEach(q -> periods.addAll(FigureResolver.periodsRead(q)));
            var values = figures.resolve(periods, zone);
            var history = new StandardsHistory(standards.all());
            var approved = approvals.of(quarters);
            // a quarter before the first version of the standards has nothing to be judged by: left out
            return quarters.stream().flatMap(q -> approved.stream().filter(a -> a.period().equals(q)).findFirst()
                            .map(a -> version(history, a.standardsVersion()))
                            .or(() -> history.inForceFor(q.year()))
                            .map(standardsOfQuarter -> ScorecardPolicy.evaluate(q, standardsOfQuarter, values,
                                    today(zone)))
                            .stream())
                    .toList();
        });
    }

    @Override
    public AppraisalStandards standardsFor(int year) {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> inForce(new StandardsHistory(standards.all()), year));
    }

    @Override
    public List<AppraisalStandards> standardsHistory() {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> new StandardsHistory(standards.all()).versions());
    }

    @Override
    public Optional<ManualEntry> manualEntry(Part part, Period period) {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> manualEntries.find(part, period));
    }

    @Override
    public void enter(Part part, Period period, Measurement measurement, String reason, Optional<UUID> attachment,
                      long version) {
        var me = actor.get();
        AccessDenied.unlessAnyOf(me, RECORDERS);
        transactions.run(() -> {
            var zone = zone();
            var today = today(zone);
            var entry = ManualEntry.enter(part, period, measurement, reason, attachment, me.name(), clock.instant(),
                    today, version);
            requireNotFrozen(part, period);
            if (figures.sourceOf(part).flatMap(s -> s.valueOf(part, period, zone)).isPresent()) {
                throw new RuleViolation("rule.figure.from-records", part.name());
            }
            if (attachment.isPresent() && attachments.names(List.of(attachment.get())).isEmpty()) {
                throw new InvalidValue("attachment", "validation.attachment.missing");
            }
            var before = manualEntries.find(part, period);
            if (before.isPresent() && before.get().version() != version || before.isEmpty() && version != 0) {
                throw new ConcurrentModification(ENTRY, part + "@" + period.key());
            }
            manualEntries.save(entry);
            audit.record(ENTRY, part.name() + "@" + period.key(), part.name() + " " + period.key(),
                    before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                    before.map(ManualEntry::snapshot).orElse(Map.of()), entry.snapshot());
        });
    }

    @Override
    public UUID attach(String fileName, String contentType, byte[] content) {
        var me = actor.get();
        AccessDenied.unlessAnyOf(me, RECORDERS);
        var file = AttachmentFile.accept(fileName, content);
        transactions.run(() -> {
            attachments.store(file, me.name());
            audit.created("Attachment", file.id(), file.fileName(),
                    Map.of("fileName", file.fileName(), "bytes", Integer.toString(content.length)));
        });
        return file.id();
    }

    @Override
    public StoredFile attachment(UUID id) {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> attachments.byId(id).orElseThrow(() -> new NotFound("Attachment", id)));
    }

    @Override
    public void approve(Period period, String comment) {
        var me = actor.get();
        AccessDenied.unlessAnyOf(me, Role.OPS_DIRECTOR);
        transactions.run(() -> {
            if (approvals.of(period).isPresent()) {
                throw new RuleViolation("rule.scorecard.already-approved", period.key());
            }
            var zone = zone();
            var judgedBy = inForce(new StandardsHistory(standards.all()), period.year());
            var scorecard = evaluate(period, judgedBy, zone);
            // every value the verdict rests on, also the earlier quarters of an annual part's progress
            var used = scorecard.indicators().stream().flatMap(i -> i.parts().stream())
                    .flatMap(p -> p.values().stream()).toList();
            var approval = ScorecardApproval.approve(scorecard, used, me.name(), clock.instant(), today(zone),
                    comment);
            approvals.add(approval);
            var after = new LinkedHashMap<String, String>();
            after.put("status", scorecard.status().name());
            after.put("standardsVersion", Integer.toString(scorecard.standardsVersion()));
            after.put("failedParts", scorecard.failedParts().toString());
            after.put("comment", approval.comment());
            audit.record(APPROVAL, period.key(), period.key(), AuditAction.CREATE, Map.of(), after);
        });
    }

    @Override
    public int adjust(int fromYear, Map<Part, BigDecimal> thresholds, String note, int basedOn) {
        var me = actor.get();
        AccessDenied.unlessAnyOf(me, Role.OPS_DIRECTOR);
        return transactions.inTransaction(() -> {
            var history = new StandardsHistory(standards.all());
            var latest = history.latest().orElseThrow(() -> new NotFound(STANDARDS, "latest"));
            if (latest.number() != basedOn) {
                throw new ConcurrentModification(STANDARDS, basedOn);
            }
            int currentYear = today(zone()).getYear();
            if (fromYear < currentYear) {
                throw new InvalidValue("fromYear", "validation.standards.past-year", currentYear);
            }
            var next = latest.adjust(fromYear, thresholds, note, me.name(), clock.instant());
            standards.add(next);
            audit.record(STANDARDS, next.id().value(), "v" + next.number(), AuditAction.CREATE, describe(latest),
                    describe(next));
            return next.number();
        });
    }

    private static Map<String, String> describe(AppraisalStandards version) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("fromYear", Integer.toString(version.fromYear()));
        for (var part : Part.values()) {
            fields.put(part.name(), part.direction().symbol() + " " + version.thresholds().get(part).toPlainString());
        }
        fields.put("note", version.note());
        return fields;
    }

    private void requireNotFrozen(Part part, Period period) {
        var candidates = new ArrayList<Period>();
        candidates.add(period);
        if (period instanceof Period.Quarter quarter) {
            candidates.add(quarter.asYear());
        }
        approvals.of(candidates).stream().filter(a -> a.freezes(part, period)).findFirst().ifPresent(a -> {
            throw new RuleViolation("rule.scorecard.frozen", a.period().key());
        });
    }

    private Scorecard evaluate(Period period, AppraisalStandards judgedBy, ZoneId zone) {
        return ScorecardPolicy.evaluate(period, judgedBy, figures.resolve(FigureResolver.periodsRead(period), zone),
                today(zone));
    }

    private static AppraisalStandards inForce(StandardsHistory history, int year) {
        return history.inForceFor(year).orElseThrow(() -> new NotFound(STANDARDS, year));
    }

    private static AppraisalStandards version(StandardsHistory history, int number) {
        return history.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFound(STANDARDS, number));
    }

    private ZoneId zone() {
        return settings.load().timeZone();
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    Set<Part> recordParts() {
        return figures.recordParts();
    }
}
