package dev.opscharter.adapters.ui.targets.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.targets.WrittenWeek;
import dev.opscharter.application.targets.port.out.ReportSubscribers;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.targets.IsoWeek;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly reports screen as a manager uses it: writes an earlier week not written yet from the dialog,
 * finds it in the list with its files, and subscribes and unsubscribes themself. The database is shared:
 * the week written is the oldest one still unwritten.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class WeeklyReportsViewIT extends ViewTest {

    @Autowired
    WeeklyReportArchive archive;
    @Autowired
    ReportSubscribers subscribers;

    @BeforeEach
    void open() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("targets/weekly");
    }

    private ComboBox<IsoWeek> weekChoice() {
        return $(ComboBox.class).id("weekly-week");
    }

    /** The week's file link in its row of the list (the grid makes a row's components when it shows it). */
    private byte[] download(IsoWeek week, int link) {
        Grid<?> grid = $(Grid.class).id("weekly-reports-grid");
        var rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getCellText(row, 0).startsWith(week.key())) {
                var files = rows.getCellComponent(row, 3);
                var anchor = (Anchor) files.getChildren().toList().get(link);
                var out = new ByteArrayOutputStream();
                test(anchor).download(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no row of " + week);
    }

    @Test
    void a_manager_writes_an_earlier_week_and_downloads_its_files() throws IOException {
        click("weekly-write");
        var offered = weekChoice().getListDataView().getItems().toList();
        var week = offered.getLast();
        weekChoice().setValue(week);
        click("weekly-write-save");

        assertThat(notifications()).contains("The report of " + week.key() + " is written.");
        assertThat(archive.written(week)).hasValueSatisfying(w -> assertThat(w.writtenBy()).isEqualTo("manager"));
        var pdf = download(week, 0);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(week, 1)))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("运营数据周报 Weekly operations data report · " + week.key());
        }

        click("weekly-write");
        assertThat(weekChoice().getListDataView().getItems()).doesNotContain(week);

        // the inbox entry's link opens the list with its week selected
        UI.getCurrent().navigate("targets/weekly", QueryParameters.of("week", week.key()));
        Grid<WrittenWeek> list = $(Grid.class).id("weekly-reports-grid");
        assertThat(list.getSelectedItems()).extracting(WrittenWeek::week).containsExactly(week);
    }

    @Test
    void a_reader_subscribes_and_unsubscribes_themself() {
        subscribers.unsubscribe("manager");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("targets/weekly");
        assertThat(button("weekly-subscription").getText()).as("a manager who unsubscribed").isEqualTo("Subscribe");

        click("weekly-subscription");
        assertThat(subscribers.choice("manager")).contains(ReportSubscribers.Choice.SUBSCRIBED);
        assertThat(button("weekly-subscription").getText()).isEqualTo("Unsubscribe");
        assertThat(notifications()).contains("You receive the report every Monday.");

        click("weekly-subscription");
        assertThat(subscribers.choice("manager")).contains(ReportSubscribers.Choice.UNSUBSCRIBED);
        assertThat(button("weekly-subscription").getText()).isEqualTo("Subscribe");
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_reads_the_list_but_writes_no_week() {
        assertThat($(Button.class).withId("weekly-write").exists()).isFalse();
        assertThat($(Button.class).withId("weekly-subscription").exists()).isTrue();
    }
}
