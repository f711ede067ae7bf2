package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Irreversible;
import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.collaboration.port.in.ManageMeetings;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.collaboration.CollaborationPermission;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeries;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The collaboration meetings (协同例会): the recurring series — with which departments, on what, and when in words —
 * and the meetings the schedule made from them, newest first, paged from the database; a meeting's details with its
 * agenda, the items carried from the last one, minutes, decisions and action items, and the steps the domain gives
 * the user; managers and the director set up a series (its first meeting made at once) and end one.
 * {@code ?meeting=<id>} (the link of a new meeting's notice) opens that meeting.
 */
@Route(value = "collaboration/meetings", layout = MainLayout.class)
@Menu(order = 80, title = "nav.collaboration.meetings")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class MeetingsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String MEETING = "meeting";

    private final MeetingQueries queries;
    private final ManageMeetings manage;
    private final CollaborationTexts texts;
    private final MeetingDetails.Context context;
    private final Grid<MeetingSeries> series = new Grid<>();
    private final RecordList<Meeting, Boolean> list;
    private final Button details;
    private final Button endSeries;

    MeetingsView(MeetingQueries queries, ManageMeetings manage, CharterQueries charter, WorkItemQueries workItems,
                 DepartmentQueries departments, Directory directory, MyPermissions permissions) {
        this.queries = queries;
        this.manage = manage;
        this.texts = new CollaborationTexts(this, departments.all(), new DisplayNames(directory));
        this.context = new MeetingDetails.Context(queries, manage, charter,
                ActionItemsGrid.Routing.by(workItems), permissions, texts);
        addClassName("view");
        setSizeFull();
        setPadding(false);
        boolean manager = permissions.may(CollaborationPermission.MANAGE);

        var seriesBar = new Toolbar();
        var setUp = seriesBar.button("collaboration.series.new", "series-new", this::setUp);
        setUp.addThemeVariants(ButtonVariant.PRIMARY);
        endSeries = seriesBar.button("collaboration.series.end", "series-end",
                () -> series.getSelectedItems().stream().findFirst().ifPresent(this::end));
        seriesBar.setVisible(manager);
        series.addSelectionListener(e -> showEnd());
        series.setId("meeting-series-grid");
        series.addColumn(MeetingSeries::title).setHeader(getTranslation("collaboration.series.title")).setFlexGrow(2);
        series.addColumn(s -> texts.departments(s.departments()))
                .setHeader(getTranslation("collaboration.series.departments")).setFlexGrow(2);
        series.addColumn(MeetingSeries::topic).setHeader(getTranslation("collaboration.series.topic")).setFlexGrow(2);
        series.addColumn(s -> texts.recurrence(s.recurrence()))
                .setHeader(getTranslation("collaboration.series.recurrence")).setFlexGrow(2);
        series.addComponentColumn(s -> new StatusBadge(getTranslation(s.active() ? "collaboration.series.active"
                        : "collaboration.series.ended"), s.active() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("collaboration.series.state")).setAutoWidth(true);
        series.setAllRowsVisible(true);
        series.setEmptyStateText(getTranslation("collaboration.series.none"));

        list = new RecordList<>("meetings", RecordSource.of((Boolean all, PageRequest page) -> queries.meetings(page),
                all -> queries.countMeetings()), Meeting::id, () -> Boolean.TRUE);
        details = list.action("collaboration.meeting.details", "meetings-details",
                () -> list.selected().ifPresent(m -> open(m.id())));
        list.column("collaboration.meeting.scheduled", m -> Formats.dateTime(m.scheduledAt()), null)
                .setKey("scheduled").setAutoWidth(true);
        list.column("collaboration.meeting.title", Meeting::title, null).setKey("title").setFlexGrow(2);
        list.column("collaboration.meeting.departments", m -> texts.departments(m.departments()), null)
                .setKey("departments").setFlexGrow(2);
        list.badgeColumn("collaboration.meeting.status", m -> texts.meetingStatus(m.status())).setKey("status");
        list.emptyState("collaboration.meetings.empty", null);
        list.onSelectionChange(selected -> details.setEnabled(selected.isPresent()));
        list.onOpen(m -> open(m.id()));

        var seriesTitle = new H3(getTranslation("collaboration.series"));
        var meetingsTitle = new H3(getTranslation("collaboration.meetings"));
        add(new H2(getPageTitle()), seriesTitle, seriesBar, series, meetingsTitle, list);
        setFlexGrow(1, list);
        refresh(null);
    }

    private void showEnd() {
        endSeries.setEnabled(series.getSelectedItems().stream().anyMatch(MeetingSeries::active));
    }

    /** A new series, and its first meeting at once, as the schedule would make it. */
    private void setUp() {
        var form = new SeriesForm(texts);
        var request = RequestKey.fresh();
        new FormDialog(getTranslation("collaboration.series.new"), getTranslation("action.save"), "series-new", form,
                () -> Attempt.run(this, form.errors(), "collaboration.series.set-up",
                        () -> manage.scheduleNext(manage.setUp(request, form.value())), () -> refresh(null))).open();
    }

    private void end(MeetingSeries ending) {
        Irreversible.confirm(getTranslation("collaboration.series.end"),
                getTranslation("collaboration.series.end.consequence", ending.title()),
                getTranslation("collaboration.series.end"), "series-end", () -> Attempt.run(this,
                        new FormErrors(this), "collaboration.series.ended.done",
                        () -> manage.end(ending.id(), ending.version()), () -> refresh(null)));
    }

    /** The series and the meetings read again; the meeting just changed stays selected. */
    private void refresh(@Nullable MeetingId keep) {
        new FormErrors(this).run(() -> series.setItems(queries.series()));
        showEnd();
        if (keep == null || !new FormErrors(this).run(() -> list.refresh(queries.meeting(keep).record()))) {
            list.refresh(null);
        }
        details.setEnabled(list.selected().isPresent());
    }

    private void open(MeetingId id) {
        MeetingDetails.open(context, id, () -> refresh(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(MEETING).ifPresent(text -> {
            try {
                open(MeetingId.parse(text));
            } catch (IllegalArgumentException notAnId) {
                FormErrors.error(this, getTranslation("error.not-found"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collaboration.meetings.title");
    }
}
