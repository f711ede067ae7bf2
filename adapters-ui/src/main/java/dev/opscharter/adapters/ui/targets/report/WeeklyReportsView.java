package dev.opscharter.adapters.ui.targets.report;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.StatusBadge.Tone;
import dev.opscharter.adapters.ui.shared.kit.FileLink;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.targets.port.in.WeeklyReports;
import dev.opscharter.application.targets.WrittenWeek;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.IsoWeek;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The weekly operations data reports (运营数据周报) written so far, newest first: each week with its deviation
 * count and its PDF and Excel files, served as written. Every reader subscribes or unsubscribes themself (the
 * managers and directors receive it until they unsubscribe); a manager or director writes an earlier week that was not written (the job only catches up four weeks).
 */
@Route(value = "targets/weekly", layout = MainLayout.class)
@Menu(order = 51, title = "nav.operations.weekly-report")
@RolesAllowed({"OPS_DIRECTOR", "OPS_MANAGER", "OPS_SPECIALIST", "AUDITOR", "DEPARTMENT_LEAD"})
public class WeeklyReportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** How far back a manager may pick a week to write by hand. */
    static final int WEEKS_OFFERED = 26;

    private final WeeklyReports reports;
    private final RecordList<WrittenWeek, Boolean> list;
    private final Button subscription;
    /** The week a link opened ({@code ?week=2026-W49}, as the inbox entry links it): shown selected. */
    private @Nullable WrittenWeek opened;

    WeeklyReportsView(WeeklyReports reports, AuthenticationContext authentication) {
        this.reports = reports;
        addClassName("view");
        setWidthFull();
        list = new RecordList<>("weekly-reports", RecordSource.of((Boolean all, PageRequest page) -> reports.weeks(page),
                all -> reports.countWeeks()), w -> w.week().key(), () -> Boolean.TRUE);
        list.title(getPageTitle());
        subscription = list.action("targets-report.view.subscribe", "weekly-subscription", this::toggleSubscription);
        if (authentication.hasAnyRole("OPS_MANAGER", "OPS_DIRECTOR")) {
            list.action("targets-report.view.write", "weekly-write", this::openWriteDialog)
                    .setIcon(VaadinIcon.FILE_ADD.create());
        }
        list.emptyState("targets-report.view.empty", null);
        list.column("targets-report.view.week", this::week, null).setAutoWidth(true);
        list.column("targets-report.view.written", w -> Formats.dateTime(w.writtenAt()), null).setAutoWidth(true);
        list.badgeColumn("targets-report.view.deviating", w -> new StatusBadge(Formats.number(w.deviating()),
                w.deviating() > 0 ? Tone.WARNING : Tone.SUCCESS));
        list.badgeColumn("targets-report.view.files", this::files);
        add(list);
        showSubscription();
    }

    private String week(WrittenWeek written) {
        var week = written.week();
        return week.key() + " · " + Formats.date(week.monday()) + " – " + Formats.date(week.sunday());
    }

    private HorizontalLayout files(WrittenWeek written) {
        var key = written.week().key();
        return new HorizontalLayout(FileLink.of("weekly-pdf-" + key, "PDF", () -> file(written.week(), DocumentFormat.PDF)),
                FileLink.of("weekly-excel-" + key, "Excel", () -> file(written.week(), DocumentFormat.EXCEL)));
    }

    private StoredFile file(IsoWeek week, DocumentFormat format) {
        var file = reports.file(week, format).orElseThrow();
        return new StoredFile(UUID.nameUUIDFromBytes(file.fileName().getBytes(StandardCharsets.UTF_8)),
                file.fileName(), file.contentType(), file.content());
    }

    private void toggleSubscription() {
        if (reports.subscribed()) {
            reports.unsubscribe();
            FormErrors.success(this, getTranslation("targets-report.view.unsubscribed"));
        } else {
            reports.subscribe();
            FormErrors.success(this, getTranslation("targets-report.view.subscribed"));
        }
        showSubscription();
    }

    private void showSubscription() {
        boolean subscribed = reports.subscribed();
        subscription.setText(getTranslation(subscribed ? "targets-report.view.unsubscribe"
                : "targets-report.view.subscribe"));
        subscription.setIcon((subscribed ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create());
    }

    /** The ended weeks of the last half year not written yet, newest first. */
    static List<IsoWeek> unwritten(LocalDate today, List<WrittenWeek> written) {
        var taken = written.stream().map(WrittenWeek::week).toList();
        var weeks = new ArrayList<IsoWeek>();
        var week = IsoWeek.lastEndedOn(today);
        for (int i = 0; i < WEEKS_OFFERED; i++, week = week.previous()) {
            if (!taken.contains(week)) {
                weeks.add(week);
            }
        }
        return weeks;
    }

    private void openWriteDialog() {
        var week = new ComboBox<IsoWeek>(getTranslation("targets-report.view.write.week"));
        week.setId("weekly-week");
        week.setItems(unwritten(LocalDate.now(Formats.timeZone()), reports.weeks(PageRequest.first(WEEKS_OFFERED))));
        week.setItemLabelGenerator(w -> w.key() + " · " + Formats.date(w.monday()) + " – " + Formats.date(w.sunday()));
        week.setRequired(true);
        var dialog = new FormDialog(getTranslation("targets-report.view.write"), getTranslation("targets-report.view.write"),
                "weekly-write", new FormLayout(week), () -> {
            if (week.getValue() == null) {
                week.setErrorMessage(getTranslation("validation.required"));
                week.setInvalid(true);
                return false;
            }
            var chosen = week.getValue();
            var written = new boolean[1];
            boolean done = new FormErrors(this).bind("week", week).run(() -> written[0] = reports.write(chosen));
            if (done) {
                FormErrors.success(this, getTranslation(written[0] ? "targets-report.view.write.done"
                        : "targets-report.view.write.exists", chosen.key()));
                list.refresh(null);
            }
            return done;
        });
        dialog.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        opened = event.getLocation().getQueryParameters().getSingleParameter("week").flatMap(WeeklyReportsView::week)
                .flatMap(week -> reports.weeks(PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                        .filter(written -> written.week().equals(week)).findFirst())
                .orElse(null);
        if (opened != null) {
            list.refresh(opened); // the view may stay attached: a link followed from this very page
        }
    }

    private static Optional<IsoWeek> week(String key) {
        try {
            return Optional.of(IsoWeek.parse(key));
        } catch (InvalidValue notAWeek) {
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        list.refresh(opened);
        showSubscription();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets-report.view.title");
    }
}
