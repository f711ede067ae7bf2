package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.opscharter.adapters.ui.shared.SvgMarks.escape;
import static dev.opscharter.adapters.ui.shared.SvgMarks.line;
import static dev.opscharter.adapters.ui.shared.SvgMarks.number;
import static dev.opscharter.adapters.ui.shared.SvgMarks.text;

/**
 * A unit's metric over the period, day by day, against its target, drawn on the server as SVG like the
 * survey's trend. A sum shows its daily values as bars and the running total as a line climbing towards
 * the target (the dashed line); any other metric shows its daily values as a line, the target dashed.
 * The days run over the whole period, so the gap to its end shows how much time is left. The target's
 * value is written on its line inside the plot, ending at its right edge, and the room left of the plot grows
 * with the values' labels, so a long amount is never cut off. Ids:
 * {@code target-trend}, and {@code target-trend-empty} while the period has no day recorded.
 */
final class TrendChart extends Composite<Div> {

    static final String DAILY = "#9aa0a6";
    static final String LINE = "#1f5fa8";
    static final String TARGET = "#c77700";
    private static final String MUTED = "#6b7280";
    private static final int WIDTH = 560;
    private static final int HEIGHT = 220;
    /** The least room left of the plot; more where the values' labels are longer, up to {@link #MAX_LEFT}. */
    private static final int MIN_LEFT = 40;
    private static final int MAX_LEFT = 200;
    /** Room right of the plot: the last day's bar and date end inside the drawing. */
    private static final int RIGHT = 12;
    private static final int FONT = 10;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;

    TrendChart(List<DailyActual> days, Metric metric, Period period, BigDecimal target, TargetTexts texts) {
        getContent().setId("target-trend");
        getContent().setWidthFull();
        if (days.isEmpty()) {
            var none = new Span(texts.t("targets.trend.empty"));
            none.setId("target-trend-empty");
            none.addClassName("muted");
            getContent().add(none);
            return;
        }
        var chart = new Svg(svg(days, metric, period, target, texts));
        // a block as wide as the panel, up to the drawing's own width: inline, the SVG shrank to 300 px
        chart.getStyle().set("display", "block").set("width", "100%").set("max-width", WIDTH + "px");
        getContent().add(chart);
    }

    /** The chart as SVG text; {@code days} of the period, at least one, in any order. */
    static String svg(List<DailyActual> days, Metric metric, Period period, BigDecimal target, TargetTexts texts) {
        var sorted = days.stream().sorted(Comparator.comparing(DailyActual::day)).toList();
        boolean sum = metric.aggregation() instanceof Aggregation.Sum;
        var plotted = sum ? cumulative(sorted) : sorted.stream().map(DailyActual::value).toList();
        var scale = Scale.of(plotted, sorted, target);
        long length = ChronoUnit.DAYS.between(period.firstDay(), period.endExclusive());
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\" role=\"img\" aria-label=\"")
                .append(escape(texts.t(sum ? "targets.trend.cumulative" : "targets.trend.daily"))).append("\">");
        var ticks = List.of(scale.low(), scale.high());
        var tickLabels = ticks.stream().map(tick -> texts.value(metric.unit(), tick)).toList();
        int left = (int) Math.ceil(Math.clamp(tickLabels.stream().mapToDouble(t -> width(t, FONT)).max().orElse(0) + 8,
                MIN_LEFT, MAX_LEFT));
        for (int i = 0; i < ticks.size(); i++) {
            double y = scale.y(ticks.get(i));
            svg.append(line(left, y, WIDTH - RIGHT, y, "#e5e7eb", ""));
            svg.append(text(left - 6, y + 4, "end", MUTED, tickLabels.get(i), FONT));
        }
        svg.append(text(left, HEIGHT - 8, "start", MUTED, texts.day(period.firstDay()), FONT));
        svg.append(text(WIDTH - RIGHT, HEIGHT - 8, "end", MUTED, texts.day(period.endExclusive().minusDays(1)), FONT));
        var points = new ArrayList<String>();
        for (int i = 0; i < sorted.size(); i++) {
            var day = sorted.get(i);
            double x = x(ChronoUnit.DAYS.between(period.firstDay(), day.day()), length, left);
            var label = texts.day(day.day()) + ": " + texts.value(metric.unit(), day.value());
            if (sum) {
                svg.append(bar(x, scale, day.value(), Math.max(1.0, (WIDTH - left - RIGHT) * 0.8 / length), label));
            }
            points.add(number(x) + "," + number(scale.y(plotted.get(i))));
        }
        svg.append("<polyline points=\"").append(String.join(" ", points)).append("\" fill=\"none\" stroke=\"")
                .append(LINE).append("\" stroke-width=\"1.6\"/>");
        if (!sum) {
            for (int i = 0; i < sorted.size(); i++) {
                var day = sorted.get(i);
                double x = x(ChronoUnit.DAYS.between(period.firstDay(), day.day()), length, left);
                svg.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(scale.y(day.value())))
                        .append("\" r=\"2.5\" fill=\"").append(LINE).append("\"><title>")
                        .append(escape(texts.day(day.day()) + ": " + texts.value(metric.unit(), day.value())))
                        .append("</title></circle>");
            }
        }
        double targetY = scale.y(target);
        svg.append(line(left, targetY, WIDTH - RIGHT, targetY, TARGET, " stroke-dasharray=\"4 3\""));
        // above the line, or below it where the line runs along the top; a white halo keeps it legible on bars
        double labelY = targetY - 4 - FONT >= 0 ? targetY - 4 : targetY + FONT + 2;
        svg.append("<g stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">")
                .append(text(WIDTH - RIGHT, labelY, "end", TARGET,
                        texts.t("targets.trend.target", texts.value(metric.unit(), target)), FONT))
                .append("</g>");
        return svg.append("</svg>").toString();
    }

    private static List<BigDecimal> cumulative(List<DailyActual> days) {
        var running = new ArrayList<BigDecimal>();
        var total = BigDecimal.ZERO;
        for (var day : days) {
            total = total.add(day.value());
            running.add(total);
        }
        return running;
    }

    private static String bar(double x, Scale scale, BigDecimal value, double width, String title) {
        double top = Math.min(scale.y(value), scale.y(BigDecimal.ZERO));
        double height = Math.abs(scale.y(value) - scale.y(BigDecimal.ZERO));
        return "<rect x=\"" + number(x - width / 2) + "\" y=\"" + number(top) + "\" width=\"" + number(width)
                + "\" height=\"" + number(height) + "\" fill=\"" + DAILY + "\"><title>" + escape(title)
                + "</title></rect>";
    }

    private static double x(long dayIndex, long length, int left) {
        return left + (dayIndex + 0.5) * (WIDTH - left - RIGHT) / length;
    }

    /**
     * About how wide a text is drawn, in px: 0.6 em a Latin letter or digit, 1 em a Chinese character. The
     * drawing is made on the server, which has no font to measure; a little too much room is the safe side.
     */
    static double width(String text, int fontSize) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.6 : 1.0).sum() * fontSize;
    }

    /** The values' range on the y axis: from 0 (or the lowest value below it) to a tenth above the highest. */
    private record Scale(BigDecimal low, BigDecimal high) {

        static Scale of(List<BigDecimal> plotted, List<DailyActual> days, BigDecimal target) {
            var all = new ArrayList<>(plotted);
            days.forEach(d -> all.add(d.value()));
            all.add(target);
            var low = all.stream().reduce(BigDecimal.ZERO, BigDecimal::min);
            var high = all.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
            if (high.compareTo(low) == 0) {
                high = low.add(BigDecimal.ONE);
            }
            return new Scale(low, high);
        }

        /** The top of the plot a tenth above the highest value, so the line never touches the frame. */
        double y(BigDecimal value) {
            double span = high.subtract(low).doubleValue() * 1.1;
            double top = low.doubleValue() + span;
            return TOP + (top - value.doubleValue()) / span * (HEIGHT - TOP - BOTTOM);
        }
    }
}
