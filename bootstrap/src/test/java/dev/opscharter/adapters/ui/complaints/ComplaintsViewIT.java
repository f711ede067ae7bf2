package dev.opscharter.adapters.ui.complaints;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.NotFoundView;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.compliance.BackgroundOutcome;
import dev.opscharter.application.complaints.port.in.ComplaintQueries;
import dev.opscharter.application.complaints.port.in.RecordComplaints;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.incidents.IncidentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The complaints screen through the real use cases on PostgreSQL, in English: a day's counts entered and found in
 * its month, more major complaints than complaints refused at the field, a file imported and a refused file naming
 * its row, a major complaint recorded with the incident it opens; an auditor reads without recording, the
 * administrator cannot open it.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class ComplaintsViewIT extends ViewTest {

    @Autowired
    RecordComplaints record;
    @Autowired
    ComplaintQueries queries;
    @Autowired
    IncidentQueries incidents;

    /** A day of a year back, apart from other tests' days. */
    private final LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(3).withDayOfYear(1)
            .plusDays(ThreadLocalRandom.current().nextInt(360));

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void open() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("complaints");
        assertThat(getCurrentView()).isInstanceOf(ComplaintsView.class);
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    private void counts(int total, int major) {
        test(datePicker("complaints-day")).setValue(day);
        test($(IntegerField.class).id("complaints-total")).setValue(total);
        test($(IntegerField.class).id("complaints-major")).setValue(major);
        click("complaints-enter");
    }

    @Test
    void the_manager_enters_a_days_counts_and_finds_them_in_their_month() {
        open();
        counts(400, 2);

        assertThat(notifications()).contains("Day's counts saved");
        assertThat(queries.days(day, day.plusDays(1))).containsExactly(new ComplaintCount(day, 400, 2));
        $(ComboBox.class).id("complaints-year").setValue(day.getYear());
        var months = this.<ComplaintCounts.Month>grid("complaints-months-grid");
        var month = YearMonth.from(day);
        var shown = months.getListDataView().getItems().filter(m -> m.month().equals(month)).findFirst().orElseThrow();
        assertThat(shown.rate().total()).isGreaterThanOrEqualTo(400);
        test(months).select(months.getListDataView().getItems().toList().indexOf(shown));
        var days = this.<ComplaintCount>grid("complaints-days-grid");
        assertThat(days.getListDataView().getItems()).contains(new ComplaintCount(day, 400, 2));
    }

    @Test
    void more_major_complaints_than_complaints_are_refused_at_the_field() {
        open();
        counts(3, 5);

        var major = $(IntegerField.class).id("complaints-major");
        assertThat(major.isInvalid()).isTrue();
        assertThat(major.getErrorMessage()).isEqualTo("There cannot be more major complaints than complaints.");
        assertThat(queries.days(day, day.plusDays(1))).isEmpty();
    }

    private String upload(String csv) {
        test($(Upload.class).id("complaints-import-upload")).upload("complaints.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        BackgroundOutcome.await(() -> !$(Div.class).id("complaints-import-result").getChildren().toList().isEmpty());
        return $(Div.class).id("complaints-import-result").getElement().getTextRecursively();
    }

    @Test
    void a_file_of_days_is_imported_and_a_bad_row_refuses_it_naming_the_row() {
        open();
        assertThat(upload("day,total,major\n" + day + ",120,1\n" + day.plusDays(1) + ",x,0\n"))
                .startsWith("Nothing was imported. Row 3:");
        assertThat(queries.days(day, day.plusDays(2))).isEmpty();

        assertThat(upload("day,total,major\n" + day + ",120,1\n" + day.plusDays(1) + ",80,0\n"))
                .isEqualTo("complaints.csv: 2 days received, 2 added, 0 corrected, 0 unchanged.");
        assertThat(queries.days(day, day.plusDays(2))).containsExactly(new ComplaintCount(day, 120, 1),
                new ComplaintCount(day.plusDays(1), 80, 0));
    }

    @Test
    void a_major_complaint_is_recorded_with_its_reason_and_opens_an_incident() {
        var title = "Wrong medicine delivered " + UUID.randomUUID().toString().substring(0, 8);
        open();
        $(TabSheet.class).id("complaints-tabs").setSelectedIndex(1);
        click("complaints-major-new");
        test(textField("complaint-major-title")).setValue(title);
        test($(TextArea.class).id("complaint-major-reason")).setValue("A customer's health was at risk");
        click("complaint-major-save");

        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("Major complaint recorded"));
        var recorded = queries.majorComplaints(PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .filter(c -> c.title().equals(title)).findFirst().orElseThrow();
        assertThat(recorded.reason()).isEqualTo("A customer's health was at risk");
        assertThat(incidents.incident(recorded.incident())).hasValueSatisfying(opened ->
                assertThat(opened.incident().record().typeCode()).isEqualTo(IncidentType.MAJOR_COMPLAINT));
        var majors = this.<Object>grid("complaints-majors-grid");
        assertThat(IntStream.range(0, Math.min(20, test(majors).size())).mapToObj(row -> rowTexts(majors, row)))
                .anySatisfy(row -> assertThat(row).contains(title, "A customer's health was at risk"));
    }

    @Test
    void a_handling_case_the_execution_records_do_not_hold_is_refused_at_its_field_and_nothing_is_recorded() {
        var title = "Unknown case " + UUID.randomUUID();
        open();
        $(TabSheet.class).id("complaints-tabs").setSelectedIndex(1);
        click("complaints-major-new");
        test(textField("complaint-major-title")).setValue(title);
        test($(TextArea.class).id("complaint-major-reason")).setValue("The press called");
        test(textField("complaint-major-case-process")).setValue("COMPLAINT_HANDLING");
        test(textField("complaint-major-case-id")).setValue("NO-SUCH-CASE");
        click("complaint-major-save");

        assertThat(textField("complaint-major-case-id").isInvalid()).isTrue();
        assertThat(textField("complaint-major-case-id").getErrorMessage())
                .isEqualTo("The execution records hold no case NO-SUCH-CASE of process COMPLAINT_HANDLING.");
        assertThat(queries.majorComplaints(PageRequest.first(PageRequest.MAX_LIMIT)))
                .noneMatch(c -> c.title().equals(title));
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_reads_the_counts_but_records_nothing_and_is_refused_by_the_use_case() {
        open();
        assertThat($(Button.class).withId("complaints-enter").exists()).isFalse();
        assertThat($(Upload.class).withId("complaints-import-upload").exists()).isFalse();
        assertThatThrownBy(() -> record.enterDay(new ComplaintCount(day, 1, 0))).isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_cannot_open_the_complaints() {
        UI.getCurrent().navigate("complaints");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
    @Test
    void the_scorecard_drill_down_s_month_link_opens_that_month_of_the_counts() {
        var month = YearMonth.from(day);
        record.enterDay(new ComplaintCount(month.atDay(2), 40, 1));

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("complaints", QueryParameters.simple(Map.of("month", month.toString())));

        assertThat($(ComboBox.class).id("complaints-year").getValue()).isEqualTo(month.getYear());
        assertThat(this.<Object>grid("complaints-months-grid").getSelectedItems()).singleElement().asString()
                .contains(month.toString());
        assertThat(test(this.<Object>grid("complaints-days-grid")).size()).isPositive();
    }
}
