package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.NotFoundView;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.collaboration.ActionItemForm.DutyChoice;
import dev.opscharter.application.collaboration.port.in.ManageMeetings;
import dev.opscharter.application.collaboration.port.in.ManageMeetings.NewSeries;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingStatus;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.organization.DepartmentCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The collaboration meetings through the real use cases on PostgreSQL, in English unless said: a series shows with
 * whom, on what and when in words; a manager sets one up (its first meeting made at once) and ends it; a meeting opened by its notice's link takes an agenda point, its minutes (empty
 * ones refused at the field) and decisions, an action item for Finance registered as a work item redirected to
 * Finance and linked to it, and is closed for good; an auditor and a department lead read without a step, and the use case refuses
 * them; the administrator cannot open the page; a blocked step says why in Chinese.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class MeetingsViewIT extends ViewTest {

    static final DepartmentCode FINANCE = new DepartmentCode("FINANCE");

    @Autowired
    ManageMeetings manage;
    @Autowired
    MeetingQueries queries;

    private final String title = "Cost review " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** A weekly series with Finance and its next meeting, set up by the manager whoever the test signs in as. */
    private MeetingId scheduled() {
        var meeting = new MeetingId[1];
        SystemTasks.asUser("manager", () -> {
            var series = manage.setUp(RequestKey.fresh(), new NewSeries(title, "Reconcile the operating costs",
                    Set.of(FINANCE), new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.of(10, 0))));
            meeting[0] = manage.scheduleNext(series).orElseThrow();
        });
        return meeting[0];
    }

    private void open(MeetingId id) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("collaboration/meetings", QueryParameters.of(MeetingsView.MEETING, id.toString()));
        assertThat(getCurrentView()).isInstanceOf(MeetingsView.class);
        assertThat($(Dialog.class).id("meeting-details").isOpened()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    private String text(String id) {
        return textOf($(Span.class).id(id));
    }

    @Test
    void the_series_shows_with_whom_on_what_and_when_in_words_and_the_meetings_are_paged() {
        scheduled();
        UI.getCurrent().navigate("collaboration/meetings");

        var row = seriesRow();
        assertThat(row).contains("Finance", "Reconcile the operating costs", "Running");
        assertThat(row.get(3)).startsWith("Every Monday at 10:00");
        assertThat((long) test(this.<Object>grid("meetings-grid")).size()).isEqualTo(queries.countMeetings());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_manager_sets_up_a_monthly_series_whose_first_meeting_is_made_at_once_and_ends_it() {
        UI.getCurrent().navigate("collaboration/meetings");
        click("series-new");
        test(textField("series-new-title")).setValue(title);
        test(textField("series-new-topic")).setValue("Reconcile the operating costs");
        $(RadioButtonGroup.class).id("series-new-every").setValue(SeriesForm.Every.MONTH);
        test($(IntegerField.class).id("series-new-day")).setValue(31);
        $(TimePicker.class).id("series-new-time").setValue(LocalTime.of(14, 0));
        click("series-new-save");
        assertThat($(MultiSelectComboBox.class).id("series-new-departments").isInvalid()).isTrue();
        $(MultiSelectComboBox.class).id("series-new-departments").setValue(Set.of(FINANCE));
        click("series-new-save");

        assertThat(notifications()).contains("Recurring meeting set up, its first meeting scheduled");
        var series = queries.series().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
        assertThat(series.recurrence()).isEqualTo(new Recurrence.Monthly(31, LocalTime.of(14, 0)));
        assertThat(seriesRow()).contains("Finance", "Running");
        assertThat(seriesRow().get(3)).startsWith("Monthly on day 31 (the last day in shorter months) at 2:00");
        assertThat(queries.meetings(PageRequest.first(PageRequest.MAX_LIMIT))).filteredOn(m -> m.series()
                .equals(series.id())).singleElement().satisfies(m -> assertThat(m.status())
                .isEqualTo(MeetingStatus.SCHEDULED));

        var grid = this.<MeetingSeries>grid("meeting-series-grid");
        grid.select(queries.series().stream().filter(s -> s.id().equals(series.id())).findFirst().orElseThrow());
        click("series-end");
        click("series-end-save");
        assertThat(notifications()).contains("Series ended");
        assertThat(seriesRow()).contains("Ended");
        assertThat(button("series-end").isEnabled()).isFalse();
    }

    private List<String> seriesRow() {
        var series = this.<Object>grid("meeting-series-grid");
        return IntStream.range(0, test(series).size()).mapToObj(i -> rowTexts(grid("meeting-series-grid"), i))
                .filter(cells -> cells.contains(title)).findFirst().orElseThrow();
    }

    @Test
    void minutes_decisions_and_an_action_item_for_finance_linked_to_its_work_item_then_the_minutes_are_final() {
        var id = scheduled();
        open(id);
        assertThat(text("meeting-status")).isEqualTo("Scheduled");
        assertThat(textOf($(OrderedList.class).id("meeting-agenda"))).contains("Reconcile the operating costs");
        assertThat(button("meeting-step-close").isEnabled()).isFalse();
        assertThat(text("meeting-step-close-blocked")).endsWith("Record the minutes of the meeting first.");

        click("meeting-step-agenda");
        test(textField("meeting-agenda-point")).setValue("Marketing's overspend in May");
        click("meeting-agenda-save");
        assertThat(notifications()).contains("Added to the agenda");
        assertThat(textOf($(OrderedList.class).id("meeting-agenda"))).contains("Marketing's overspend in May");

        click("meeting-step-minutes");
        click("meeting-minutes-save");
        assertThat($(TextArea.class).id("meeting-minutes-text").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("meeting-minutes-text").getErrorMessage()).isEqualTo("Required");
        test($(TextArea.class).id("meeting-minutes-text")).setValue("Costs reconciled except the May promotion.");
        test($(TextArea.class).id("meeting-minutes-decisions")).setValue("Finance re-books the promotion\n\n"
                + "Marketing explains the overspend");
        click("meeting-minutes-save");
        assertThat(notifications()).contains("Minutes recorded");
        assertThat(text("meeting-status")).isEqualTo("Held");
        assertThat($(OrderedList.class).id("meeting-decisions").getChildren().count()).isEqualTo(2);
        assertThat(button("meeting-step-agenda").isEnabled()).as("the agenda is past").isFalse();

        click("meeting-step-item");
        click("meeting-item-save");
        assertThat($(ComboBox.class).id("meeting-item-department").isInvalid()).isTrue();
        $(ComboBox.class).id("meeting-item-department").setValue(FINANCE);
        test(textField("meeting-item-title")).setValue("Re-book the May promotion " + title);
        @SuppressWarnings("unchecked")
        ComboBox<DutyChoice> duty = $(ComboBox.class).id("meeting-item-duty-type");
        duty.setValue(duty.getListDataView().getItems()
                .filter(choice -> choice.dutyType().equals("BUDGET_APPROVAL")).findFirst().orElseThrow());
        click("meeting-item-save");

        assertThat(notifications()).contains("Action item added and registered as a work item");
        var item = queries.meeting(id).record().actionItems().getFirst();
        assertThat(item.workItem()).isPresent();
        var items = this.<Object>grid("meeting-items");
        assertThat(rowTexts(grid("meeting-items"), 0)).as("Finance's duty goes to Finance")
                .contains("Finance", item.title(), "Open", "Redirect → Finance");
        assertThat(test(items).getCellComponent(0, "workItem")).isInstanceOfSatisfying(Anchor.class,
                link -> assertThat(link.getHref()).isEqualTo("charter/work-items?item=" + item.workItem().get()));

        click("meeting-step-close");
        click("meeting-close-save");
        assertThat(notifications()).contains("Minutes made final");
        assertThat(queries.meeting(id).record().status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(text("meeting-status")).isEqualTo("Minutes final");
        assertThat(List.of("meeting-step-minutes", "meeting-step-item", "meeting-step-close"))
                .allSatisfy(step -> assertThat(button(step).isEnabled()).as(step).isFalse());
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_reads_a_meeting_without_a_step_and_the_use_case_refuses_the_minutes() {
        var id = scheduled();
        open(id);

        assertThat($(Button.class).withId("meeting-step-minutes").exists()).isFalse();
        assertThatThrownBy(() -> manage.recordMinutes(id, "Taken by an auditor", List.of(), 0))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("sales.lead")
    void a_department_lead_follows_the_meetings_but_takes_no_minutes() {
        var id = scheduled();
        open(id);

        assertThat($(Button.class).withId("meeting-step-item").exists()).isFalse();
        assertThatThrownBy(() -> manage.addToAgenda(id, "A lead's point", 0)).isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_cannot_open_the_meetings() {
        UI.getCurrent().navigate("collaboration/meetings");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_blocked_step_says_why_in_chinese() {
        var id = scheduled();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        open(id);

        assertThat(text("meeting-status")).isEqualTo("已安排");
        assertThat(button("meeting-step-close").isEnabled()).isFalse();
        assertThat(text("meeting-step-close-blocked")).isEqualTo("纪要定稿: 请先记录会议纪要。");
    }
}
