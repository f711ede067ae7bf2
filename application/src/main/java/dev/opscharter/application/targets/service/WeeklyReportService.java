package dev.opscharter.application.targets.service;

import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.application.targets.port.in.WeeklyReports;
import dev.opscharter.application.targets.port.out.ReportSubscribers;
import dev.opscharter.application.targets.port.out.ReportSubscribers.Choice;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive.WrittenReport;
import dev.opscharter.application.targets.WrittenWeek;
import dev.opscharter.application.targets.port.out.WeeklyReportRenderer;
import dev.opscharter.application.targets.port.out.WeeklyReportRenderer.ReportDocument;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.IsoWeek;
import dev.opscharter.domain.targets.WeeklyReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.opscharter.domain.targets.TargetsPermission.MANAGE;
import static dev.opscharter.domain.targets.TargetsPermission.READ;

/**
 * The weekly operations data report (运营数据周报).
 * <ul>
 * <li>A week is written once: its figures are read in one snapshot, its files rendered outside any
 *     transaction, then kept, audited and announced to the subscribers in one transaction. A week found
 *     written (before, or by a concurrent writer at the keep) is left as it is and announced no more.</li>
 * <li>The schedule writes last week and the weeks missed since the latest written, at most
 *     {@value WeeklyReports#CATCH_UP}; a rerun writes nothing.</li>
 * <li>The announcement is an inbox entry for each subscriber; the notifications add the mail in their
 *     language after the commit, where mail is configured and they want it. The operations managers and
 *     directors (enabled accounts of people still employed) are subscribers without asking unless they
 *     unsubscribed; anyone else who reads the targets subscribes themself.</li>
 * </ul>
 */
public final class WeeklyReportService implements WeeklyReports {

    static final String ENTITY = "WeeklyReport";
    /** The inbox subject: {0} the week, {1} its Monday, {2} its Sunday, {3} the lines with a deviation. */
    static final String WRITTEN = "targets-report.inbox.written";
    /** The screen of the written weeks; {@code ?week=} opens one. */
    public static final String ROUTE = "targets/weekly";
    /** The roles whose holders receive the report unless they unsubscribed: the department's managers. */
    public static final Set<Role> BY_DEFAULT = Set.copyOf(EnumSet.of(Role.OPS_DIRECTOR, Role.OPS_MANAGER));

    private final WeeklyReportFigures figures;
    private final WeeklyReportRenderer renderer;
    private final WeeklyReportArchive archive;
    private final ReportSubscribers subscribers;
    private final People people;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final SettingsStore settings;
    private final UseCase uc;
    private final Transactions transactions;

    public WeeklyReportService(WeeklyReportFigures figures, WeeklyReportRenderer renderer, WeeklyReportArchive archive,
                               ReportSubscribers subscribers, People people, UserAccounts accounts,
                               Notifications notifications, SettingsStore settings, UseCase uc) {
        this.figures = figures;
        this.renderer = renderer;
        this.archive = archive;
        this.subscribers = subscribers;
        this.people = people;
        this.accounts = accounts;
        this.notifications = notifications;
        this.settings = settings;
        this.uc = uc;
        this.transactions = uc.transactions();
    }

    @Override
    public List<IsoWeek> writeDue() {
        var me = uc.require(MANAGE);
        var last = IsoWeek.lastEndedOn(uc.calendar().today());
        var earliest = last;
        for (int i = 1; i < CATCH_UP; i++) {
            earliest = earliest.previous();
        }
        var latest = transactions.readOnly(archive::latest).map(WrittenWeek::week);
        var first = latest.map(IsoWeek::next).orElse(last);
        if (first.compareTo(earliest) < 0) {
            first = earliest;
        }
        var written = new ArrayList<IsoWeek>();
        for (var week = first; week.compareTo(last) <= 0; week = week.next()) {
            if (written(week, me)) {
                written.add(week);
            }
        }
        return List.copyOf(written);
    }

    @Override
    public boolean write(IsoWeek week) {
        var me = uc.require(MANAGE);
        if (!week.sunday().isBefore(uc.calendar().today())) {
            throw new InvalidValue("week", "validation.targets.week-not-ended", week.key());
        }
        return written(week, me);
    }

    @Override
    public List<WrittenWeek> weeks(PageRequest page) {
        return uc.read(READ, () -> archive.page(page));
    }

    @Override
    public long countWeeks() {
        return uc.read(READ, archive::count);
    }

    @Override
    public Optional<ReportFile> file(IsoWeek week, DocumentFormat format) {
        return uc.read(READ, () -> archive.file(week, format).map(content -> new ReportFile(week, format, content)));
    }

    @Override
    public boolean subscribed() {
        return uc.read(READ, me -> subscribers.choice(me.name()).map(choice -> choice == Choice.SUBSCRIBED)
                .orElseGet(() -> me.roles().stream().anyMatch(BY_DEFAULT::contains)));
    }

    @Override
    public void subscribe() {
        uc.run(READ, me -> subscribers.subscribe(me.name()));
    }

    @Override
    public void unsubscribe() {
        uc.run(READ, me -> subscribers.unsubscribe(me.name()));
    }

    /** Writes the week unless it is written; answers whether this call wrote it. */
    private boolean written(IsoWeek week, Actor me) {
        if (transactions.readOnly(() -> archive.written(week)).isPresent()) {
            return false;
        }
        var now = uc.calendar().now();
        var organization = transactions.readOnly(settings::load);
        var report = transactions.readOnly(() -> figures.report(week));
        var document = new ReportDocument(organization.organizationName(), organization.timeZone(), report, now);
        var pdf = renderer.render(document, DocumentFormat.PDF);
        var workbook = renderer.render(document, DocumentFormat.EXCEL);
        return transactions.inTransaction(() -> kept(report, now, me, pdf, workbook));
    }

    private boolean kept(WeeklyReport report, Instant now, Actor me, byte[] pdf, byte[] workbook) {
        var week = report.week();
        var summary = new WrittenWeek(week, now, me.name(), report.lines().size(), report.deviating(),
                report.offPace(), report.flagged(WeeklyReport.Deviation.KEY_UNMET));
        if (!archive.keep(new WrittenReport(summary, pdf, workbook))) {
            return false;
        }
        uc.audit(ENTITY, week.key(), week.key(), AuditAction.CREATE, Map.of(), Map.of(
                "lines", Integer.toString(summary.lines()), "deviating", Integer.toString(summary.deviating()),
                "offPace", Integer.toString(summary.offPace()), "keyUnmet", Integer.toString(summary.keyUnmet())));
        var arguments = List.of(week.key(), week.monday().toString(), week.sunday().toString(),
                Integer.toString(summary.deviating()));
        for (var subscriber : recipients()) {
            notifications.send(new Notification(subscriber, WRITTEN, arguments, ROUTE + "?week=" + week.key()));
        }
        return true;
    }

    /** Who subscribed, and the managers and directors who did not unsubscribe, by name. */
    private Set<String> recipients() {
        var recipients = new TreeSet<>(subscribers.all());
        var unsubscribed = new HashSet<>(subscribers.unsubscribed());
        for (var person : people.holdingAnyOf(BY_DEFAULT)) {
            accounts.byPerson(person.id()).filter(UserAccount::enabled).map(account -> account.username().value())
                    .filter(name -> !unsubscribed.contains(name)).ifPresent(recipients::add);
        }
        return recipients;
    }
}
