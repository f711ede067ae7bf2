package dev.opscharter.adapters.ui.targets;

import dev.opscharter.adapters.ui.shared.Translations;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend of a unit's metric as SVG text: a sum climbs towards its target, other metrics show their days. */
class TrendChartTest {

    private static final Pattern POLYLINE = Pattern.compile("<polyline points=\"([^\"]*)\"");
    private static final BusinessUnitId UNIT = BusinessUnitId.random();
    private static final Period.Quarter QUARTER = new Period.Quarter(2026, 3);

    private static TargetTexts texts(Locale locale) {
        var translations = new Translations();
        return new TargetTexts((key, arguments) -> translations.getTranslation(key, locale, arguments), locale);
    }

    private static Metric metric(MetricUnit unit, Aggregation aggregation) {
        return Metric.create("REVENUE", new BilingualName("营收", "Revenue"), unit, MetricDirection.HIGHER_IS_BETTER,
                aggregation, true, true);
    }

    private static DailyActual day(Metric metric, int dayOfQuarter, String value) {
        return new DailyActual(UNIT, metric.id(), QUARTER.firstDay().plusDays(dayOfQuarter), new BigDecimal(value));
    }

    private static List<double[]> points(String svg) {
        var matcher = POLYLINE.matcher(svg);
        assertThat(matcher.find()).as("a line").isTrue();
        return Arrays.stream(matcher.group(1).split(" ")).map(p -> p.split(","))
                .map(xy -> new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])}).toList();
    }

    @Test
    void a_sum_shows_its_days_as_bars_and_the_running_total_climbing_towards_the_target() {
        var revenue = metric(MetricUnit.MONEY, Aggregation.SUM);
        // given out of order: the chart orders the days
        var svg = TrendChart.svg(List.of(day(revenue, 2, "300"), day(revenue, 0, "100"), day(revenue, 1, "200")),
                revenue, QUARTER, new BigDecimal("1000"), texts(Locale.ENGLISH));

        assertThat(svg).contains("aria-label=\"Daily values and the running total against the target\"")
                .contains(">Target ¥1,000.00</text>")
                .contains("<title>7/2/26: ¥200.00</title>")
                .contains("stroke-dasharray=\"4 3\"");
        assertThat(svg.split("<rect ", -1)).as("a bar a day").hasSize(4);
        var line = points(svg);
        assertThat(line).hasSize(3);
        // the running total rises (y grows downwards) and stays below the target's line
        assertThat(line.get(0)[1]).isGreaterThan(line.get(1)[1]);
        assertThat(line.get(1)[1]).isGreaterThan(line.get(2)[1]);
        assertThat(line.get(0)[0]).isLessThan(line.get(1)[0]);
        // the days stand where they fall in the 92 days of the quarter: three days, near its start
        assertThat(line.getLast()[0]).isLessThan(100);
    }

    @Test
    void an_average_shows_its_daily_values_without_bars_written_the_way_the_reader_writes_them() {
        var satisfaction = metric(MetricUnit.PERCENT, Aggregation.AVERAGE);
        var svg = TrendChart.svg(List.of(day(satisfaction, 0, "91.5"), day(satisfaction, 5, "88")), satisfaction,
                QUARTER, new BigDecimal("90"), texts(Locale.SIMPLIFIED_CHINESE));

        assertThat(svg).contains("aria-label=\"每日值对比目标\"").contains(">目标 90%</text>")
                .contains("<title>2026/7/1: 91.5%</title>").doesNotContain("<rect ");
        assertThat(points(svg)).hasSize(2);
        assertThat(svg.split("<circle ", -1)).hasSize(3);
    }

    @Test
    void text_from_the_records_is_escaped() {
        var hours = metric(MetricUnit.HOURS, Aggregation.LAST);
        var svg = TrendChart.svg(List.of(day(hours, 0, "2.5")), hours, QUARTER, new BigDecimal("2"),
                new TargetTexts((key, arguments) -> "<" + key + ">", Locale.ENGLISH));

        assertThat(svg).doesNotContain("<targets.").contains("&lt;targets.trend.target&gt;");
    }

    @Test
    void the_labels_of_the_target_and_the_values_fit_in_the_drawing_however_long_the_amounts() {
        var revenue = metric(MetricUnit.MONEY, Aggregation.SUM);
        for (var locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (var target : List.of("1000", "38640000", "123456789012.50")) {
                var svg = TrendChart.svg(List.of(day(revenue, 0, "100"), day(revenue, 91, "250000")), revenue,
                        QUARTER, new BigDecimal(target), texts(locale));

                var labels = LABEL.matcher(svg);
                int count = 0;
                while (labels.find()) {
                    count++;
                    double x = Double.parseDouble(labels.group(1));
                    double width = TrendChart.width(labels.group(3), 10);
                    var anchor = labels.group(2);
                    double start = anchor.equals("end") ? x - width : x;
                    assertThat(start).as(labels.group(3)).isGreaterThanOrEqualTo(0);
                    assertThat(start + width).as(labels.group(3)).isLessThanOrEqualTo(560);
                }
                assertThat(count).as("two values, two days and the target").isEqualTo(5);
                // the target's label on its line, ending at the plot's right edge
                assertThat(svg).containsPattern("<text x=\"548.0\" y=\"[0-9.]+\" text-anchor=\"end\""
                        + " font-size=\"10\" fill=\"" + TrendChart.TARGET + "\">(Target|目标) ¥");
            }
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "<text x=\"([0-9.]+)\" y=\"[0-9.]+\" text-anchor=\"(start|end)\" font-size=\"10\" fill=\"[^\"]*\">([^<]*)</text>");
}
