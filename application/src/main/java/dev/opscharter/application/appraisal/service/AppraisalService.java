package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.ScorecardReport;
import dev.opscharter.application.appraisal.port.in.ApproveScorecards;
import dev.opscharter.application.appraisal.port.in.ManageStandards;
import dev.opscharter.application.appraisal.port.in.RecordFigures;
import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.appraisal.port.in.StandardsQueries;
import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.application.appraisal.port.out.ScorecardRenderer;
import dev.opscharter.application.appraisal.port.out.Standards;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Scorecard;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.appraisal.ScorecardPolicy;
import dev.opscharter.domain.appraisal.StandardsHistory;
import dev.opscharter.domain.appraisal.StandardsImpact;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.opscharter.domain.appraisal.AppraisalPermission.ADJUST_STANDARDS;
import static dev.opscharter.domain.appraisal.AppraisalPermission.APPROVE;
import static dev.opscharter.domain.appraisal.AppraisalPermission.READ;
import static dev.opscharter.domain.appraisal.AppraisalPermission.RECORD;
import java.util.UUID;

/** The appraisal use cases: figures in, scorecards out, the director's approval and standards. */
public final class AppraisalService implements ScorecardQueries, RecordFigures, ApproveScorecards, ManageStandards,
        StandardsQueries {

    static final String ENTRY = "AppraisalFigure";
    static final String APPROVAL = "ScorecardApproval";
    static final String STANDARDS = "AppraisalStandards";
    public static final int MAX_ATTACHMENT_BYTES = AttachmentFile.MAX_BYTES;

    private final FigureResolver figures;
    private final ManualEntries manualEntries;
    private final Standards standards;
    private final ScorecardApprovals approvals;
    private final Attachments attachments;
    private final ScorecardRenderer renderer;
    private final Directory directory;
    private final UseCase uc;

    /** @param directory the people behind the user names a scorecard's file names (approver, who entered) */
    public AppraisalService(List<IndicatorSource> sources, ManualEntries manualEntries, Standards standards,
                            ScorecardApprovals approvals, Attachments attachments, ScorecardRenderer renderer,
                            Directory directory, UseCase uc) {
        this.figures = new FigureResolver(sources, manualEntries, approvals);
        this.manualEntries = manualEntries;
        this.standards = standards;
        this.approvals = approvals;
        this.attachments = attachments;
        this.renderer = renderer;
        this.directory = directory;
        this.uc = uc;
    }

    @Override
    public ScorecardReport scorecard(Period period) {
        return uc.read(READ, me -> {
            var approval = approvals.of(period);
            var standardsHistory = new StandardsHistory(standards.all());
            var judgedBy = approval.map(a -> version(standardsHistory, a.standardsVersion()))
                    .orElseGet(() -> inForce(standardsHistory, period));
            var scorecard = approval.map(a -> a.scorecard(judgedBy)).orElseGet(() -> evaluate(period, judgedBy));
            boolean editable = me.may(RECORD) && approval.isEmpty() && !period.isFuture(today());
            return new ScorecardReport(scorecard, judgedBy, approval, figures.recordParts(scorecard), editable);
        });
    }

    /** Written as {@link #scorecard} reads it now, so who may see a scorecard may take it away. */
    @Override
    public StoredFile export(Period period, DocumentFormat format) {
        var report = scorecard(period);
        var content = renderer.render(report, zone(), directory.displayNames(), format);
        return new StoredFile(UUID.randomUUID(), "scorecard-" + period.key() + "." + format.extension(),
                format.contentType(), content);
    }

    @Override
    public List<Scorecard> trend(Period.Quarter last, int count) {
        return uc.read(READ, () -> {
            var quarters = last.trailing(count);
            var periods = new LinkedHashSet<Period>();
            quarters.forEach(q -> periods.addAll(FigureResolver.periodsRead(q)));
            var values = figures.resolve(periods, zone());
            var history = new StandardsHistory(standards.all());
            var approved = approvals.of(quarters);
            var today = today();
            // a quarter before the first version of the standards has nothing to be judged by: left out
            return quarters.stream().flatMap(q -> approved.stream().filter(a -> a.period().equals(q)).findFirst()
                            .map(a -> version(history, a.standardsVersion()))
                            .or(() -> history.inForceFor(q))
                            .map(standardsOfQuarter -> ScorecardPolicy.evaluate(q, standardsOfQuarter, values, today))
                            .stream())
                    .toList();
        });
    }

    @Override
    public AppraisalStandards standardsFor(int year) {
        return uc.read(READ, () -> inForce(new StandardsHistory(standards.all()), year));
    }

    @Override
    public List<AppraisalStandards> standardsHistory() {
        return uc.read(READ, () -> new StandardsHistory(standards.all()).versions());
    }

    @Override
    public Optional<ManualEntry> manualEntry(Part part, Period period) {
        return uc.read(READ, () -> manualEntries.find(part, period));
    }

    @Override
    public void enter(Part part, Period period, Measurement measurement, String reason, Optional<UUID> attachment,
                      long version) {
        enterAll(period, List.of(new FigureLine(part, measurement, version)), reason, attachment);
    }

    @Override
    public void enterAll(Period period, List<FigureLine> lines, String reason, Optional<UUID> attachment) {
        uc.run(RECORD, me -> {
            if (lines.isEmpty()) {
                throw new InvalidValue("figures", "validation.required");
            }
            if (lines.stream().map(FigureLine::part).distinct().count() != lines.size()) {
                throw new InvalidValue("figures", "validation.figures.part-twice");
            }
            var zone = zone();
            var today = today();
            // every line is judged before any is stored: all of them are entered, or none
            var entries = lines.stream().map(line -> {
                try {
                    return ManualEntry.enter(line.part(), period, line.measurement(), reason, attachment, me.name(),
                            uc.calendar().now(), today, line.version());
                } catch (InvalidValue invalid) {
                    // among several figures, the refusal names the part whose figure it is
                    throw lines.size() == 1 || !isFigureField(invalid) ? invalid
                            : new InvalidValue(line.part().name(), invalid.messageKey(), invalid.arguments().toArray());
                }
            }).toList();
            if (attachment.isPresent() && attachments.names(List.of(attachment.get())).isEmpty()) {
                throw new InvalidValue("attachment", "validation.attachment.missing");
            }
            var before = new ArrayList<Optional<ManualEntry>>();
            for (var entry : entries) {
                var part = entry.part();
                requireNotFrozen(part, period);
                if (figures.sourceOf(part).flatMap(s -> s.valueOf(part, period, zone)).isPresent()) {
                    throw new RuleViolation("rule.figure.from-records", part.name());
                }
                var stored = manualEntries.find(part, period);
                if (stored.isPresent() && stored.get().version() != entry.version()
                        || stored.isEmpty() && entry.version() != 0) {
                    throw new ConcurrentModification(ENTRY, part + "@" + period.key());
                }
                before.add(stored);
            }
            for (int i = 0; i < entries.size(); i++) {
                var entry = entries.get(i);
                var replaced = before.get(i);
                manualEntries.save(entry);
                uc.audit(ENTRY, entry.part().name() + "@" + period.key(), entry.part().name() + " " + period.key(),
                        replaced.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                        replaced.map(ManualEntry::snapshot).orElse(Map.of()), entry.snapshot());
            }
        });
    }

    @Override
    public UUID attach(String fileName, String contentType, byte[] content) {
        return uc.write(RECORD, me -> {
            var file = AttachmentFile.accept(fileName, content);
            attachments.store(file, me.name());
            uc.audit("Attachment", file.id(), file.fileName(), AuditAction.CREATE, Map.of(),
                    Map.of("fileName", file.fileName(), "bytes", Integer.toString(content.length)));
            return file.id();
        });
    }

    @Override
    public StoredFile attachment(UUID id) {
        return uc.read(READ, () -> attachments.byId(id).orElseThrow(() -> new NotFound("Attachment", id)));
    }

    @Override
    public void approve(Period period, String comment) {
        uc.run(APPROVE, me -> {
            if (approvals.of(period).isPresent()) {
                throw new RuleViolation("rule.scorecard.already-approved", period.key());
            }
            var judgedBy = inForce(new StandardsHistory(standards.all()), period);
            var scorecard = evaluate(period, judgedBy);
            // every value the verdict rests on, also the earlier quarters of an annual part's progress
            var used = scorecard.indicators().stream().flatMap(i -> i.parts().stream())
                    .flatMap(p -> p.values().stream()).toList();
            var approval = ScorecardApproval.approve(scorecard, used, me.name(), uc.calendar().now(), today(),
                    comment);
            approvals.add(approval);
            var after = new LinkedHashMap<String, String>();
            after.put("status", scorecard.status().name());
            after.put("standardsVersion", Integer.toString(scorecard.standardsVersion()));
            after.put("failedParts", scorecard.failedParts().toString());
            after.put("comment", approval.comment());
            uc.audit(APPROVAL, period.key(), period.key(), AuditAction.CREATE, Map.of(), after);
        });
    }

    @Override
    public AppraisalStandards standardsIn(Period period) {
        return uc.read(READ, () -> inForce(new StandardsHistory(standards.all()), period));
    }

    @Override
    public StandardsImpact preview(Period.Quarter from, Map<Part, BigDecimal> thresholds) {
        return uc.read(ADJUST_STANDARDS, me -> {
            var history = new StandardsHistory(standards.all());
            var latest = history.latest().orElseThrow(() -> new NotFound(STANDARDS, "latest"));
            requireNotPast(from);
            return impact(history, latest.candidate(from, thresholds, me.name(), uc.calendar().now()));
        });
    }

    @Override
    public int adjust(Period.Quarter from, Map<Part, BigDecimal> thresholds, String note, int basedOn,
                      Collection<? extends Period> rejudged) {
        return uc.write(ADJUST_STANDARDS, me -> {
            var history = new StandardsHistory(standards.all());
            var latest = history.latest().orElseThrow(() -> new NotFound(STANDARDS, "latest"));
            if (latest.number() != basedOn) {
                throw new ConcurrentModification(STANDARDS, basedOn);
            }
            requireNotPast(from);
            var next = latest.adjust(from, thresholds, note, me.name(), uc.calendar().now());
            // the director confirmed what the preview showed; anything else would be re-judged unseen
            if (!new HashSet<>(impact(history, next).rejudgedPeriods()).equals(new HashSet<Period>(rejudged))) {
                throw new RuleViolation("rule.standards.preview-changed");
            }
            standards.add(next);
            uc.audit(STANDARDS, next.id().value(), "v" + next.number(), AuditAction.CREATE, describe(latest),
                    describe(next));
            return next.number();
        });
    }

    private void requireNotPast(Period.Quarter from) {
        int currentYear = today().getYear();
        if (from.year() < currentYear) {
            throw new InvalidValue("fromYear", "validation.standards.past-year", currentYear);
        }
    }

    /** Judged as {@link #scorecard} judges: the same figures, the same policy, the candidate in place of today's version. */
    private StandardsImpact impact(StandardsHistory history, AppraisalStandards candidate) {
        var today = today();
        var periods = StandardsImpact.periodsFrom(candidate.from(), today);
        var read = new LinkedHashSet<Period>();
        periods.forEach(p -> read.addAll(FigureResolver.periodsRead(p)));
        var approved = new HashSet<Period>();
        approvals.of(periods).forEach(a -> approved.add(a.period()));
        return StandardsImpact.of(history, candidate, approved, figures.resolve(read, zone()), today);
    }

    private static boolean isFigureField(InvalidValue invalid) {
        return List.of("value", "numerator", "denominator").contains(invalid.field());
    }

    private static Map<String, String> describe(AppraisalStandards version) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("fromYear", Integer.toString(version.fromYear()));
        fields.put("fromQuarter", version.from().key());
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

    private Scorecard evaluate(Period period, AppraisalStandards judgedBy) {
        return ScorecardPolicy.evaluate(period, judgedBy, figures.resolve(period, zone()),
                today());
    }

    private static AppraisalStandards inForce(StandardsHistory history, int year) {
        return history.inForceFor(year).orElseThrow(() -> new NotFound(STANDARDS, year));
    }

    private static AppraisalStandards inForce(StandardsHistory history, Period period) {
        return history.inForceFor(period).orElseThrow(() -> new NotFound(STANDARDS, period.key()));
    }

    private static AppraisalStandards version(StandardsHistory history, int number) {
        return history.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFound(STANDARDS, number));
    }

    private ZoneId zone() {
        return uc.calendar().zone().get();
    }

    private LocalDate today() {
        return uc.calendar().today();
    }

    Set<Part> recordParts() {
        return figures.recordParts();
    }
}
