package dev.opscharter.adapters.documents.targets;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.targets.port.out.WeeklyReportRenderer.ReportDocument;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.IsoWeek;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import dev.opscharter.domain.targets.Target;
import dev.opscharter.domain.targets.WeeklyReport;
import dev.opscharter.domain.targets.WeeklyReport.SpanTotals;
import dev.opscharter.domain.targets.WeeklyReport.Spans;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyReportFilesTest {

    /** Mon 30 Nov – Sun 6 Dec 2026: Q4 to date is 67 days of 92. */
    private static final IsoWeek WEEK = IsoWeek.of(LocalDate.of(2026, 12, 2));

    private final WeeklyReportFiles files = new WeeklyReportFiles();
    private final BusinessUnit east = BusinessUnit.create("EAST", new BilingualName("华东大区", "East region"),
            Optional.empty());
    private final BusinessUnit west = BusinessUnit.create("WEST", new BilingualName("华西大区", "West region"),
            Optional.empty());
    private final Metric revenue = Metric.create("REVENUE", new BilingualName("营业收入", "Revenue"), MetricUnit.MONEY,
            MetricDirection.HIGHER_IS_BETTER, Aggregation.SUM, true, true);

    private ReportDocument document() {
        var q4 = new Period.Quarter(2026, 4);
        var targets = List.of(target(east, q4, "9200"), target(west, q4, "10000"));
        // East: 6 700 in 67 days, 9 200 at this pace (100 %); West: 6 030, 8 280 at this pace (82.8 %)
        var quarter = Map.of(east.id(), Map.of(revenue.id(), totals("6700", 67)),
                west.id(), Map.of(revenue.id(), totals("6030", 67)));
        var thisWeek = Map.of(east.id(), Map.of(revenue.id(), totals("770", 7)),
                west.id(), Map.of(revenue.id(), totals("630", 7)));
        var weekBefore = Map.of(east.id(), Map.of(revenue.id(), totals("700", 7)));
        var report = WeeklyReport.of(WEEK, List.of(revenue), List.of(east, west), targets, new Spans(
                SpanTotals.of(thisWeek), SpanTotals.of(weekBefore), SpanTotals.of(quarter), SpanTotals.of(Map.of())));
        return new ReportDocument("示例公司 Example Ltd", ZoneId.of("Asia/Shanghai"), report,
                Instant.parse("2026-12-06T23:00:00Z"));
    }

    @Test
    void the_pdf_reads_in_both_languages_with_its_chart_and_deviations() throws IOException {
        var bytes = files.render(document(), DocumentFormat.PDF);

        try (var pdf = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("运营数据周报", "Weeklyoperationsdatareport", "2026-W49", "示例公司",
                    "营业收入Revenue", "华东大区Eastregion", "华西大区Westregion", "2026年第4季度", "Q42026",
                    "10.0%", "100.0%", "82.8%", "按此进度季度目标未达成", "Quartertargetmissedatthispace",
                    // the chart: a bar per unit and the 100 % line's label
                    "EAST", "WEST", "100%");
        }
    }

    @Test
    void the_workbook_gives_the_figures_as_numbers_and_the_chart_as_a_sheet() throws IOException {
        var bytes = files.render(document(), DocumentFormat.EXCEL);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("周报 Report");
            var sheet = workbook.getSheetAt(0);
            var east = row(sheet, "华东大区 East region");
            assertThat(east.getCell(2).getNumericCellValue()).isEqualTo(770);
            assertThat(east.getCell(3).getNumericCellValue()).isEqualTo(700);
            assertThat(east.getCell(4).getNumericCellValue()).isEqualTo(0.1);
            assertThat(new DataFormatter().formatCellValue(east.getCell(4))).isEqualTo("10.0%");
            assertThat(east.getCell(5).getNumericCellValue()).isEqualTo(6700);
            assertThat(east.getCell(6).getNumericCellValue()).isEqualTo(9200);
            assertThat(east.getCell(8).getNumericCellValue()).isEqualTo(1.0);
            var west = row(sheet, "华西大区 West region");
            assertThat(west.getCell(3).getStringCellValue()).isEmpty(); // no week before: no number
            assertThat(west.getCell(8).getNumericCellValue()).isEqualTo(0.828);
            assertThat(west.getCell(13).getStringCellValue()).contains("Quarter target missed at this pace");

            var chart = workbook.getSheet("图表 Chart");
            assertThat(chart.getRow(4).getCell(0).getStringCellValue()).isEqualTo("EAST");
            assertThat(chart.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(chart.getRow(5).getCell(0).getStringCellValue()).isEqualTo("WEST");
            assertThat(chart.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(0.828);
        }
    }

    @Test
    void a_week_without_targets_says_so() throws IOException {
        var empty = new ReportDocument("Example", ZoneId.of("UTC"), new WeeklyReport(WEEK, List.of()), Instant.EPOCH);

        try (var pdf = Loader.loadPDF(files.render(empty, DocumentFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("本季度及本年度没有任何单位设定目标。", "Nounithasatargetforthisquarteroryear.");
        }
    }

    private static Row row(Sheet sheet, String unit) {
        for (var row : sheet) {
            var cell = row.getCell(1);
            if (cell != null && unit.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row of " + unit);
    }

    private Target target(BusinessUnit unit, Period period, String value) {
        return Target.set(unit.id(), revenue.id(), period, new BigDecimal(value), "manager", Instant.EPOCH);
    }

    private static DayTotals totals(String sum, int days) {
        return new DayTotals(new BigDecimal(sum), days, WEEK.sunday(), BigDecimal.ONE);
    }
}
