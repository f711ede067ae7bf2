package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.application.costs.port.in.RoiDecisions.ChannelMonthRoi;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.Roi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.opscharter.adapters.ui.shared.SvgMarks.escape;
import static dev.opscharter.adapters.ui.shared.SvgMarks.line;
import static dev.opscharter.adapters.ui.shared.SvgMarks.number;
import static dev.opscharter.adapters.ui.shared.SvgMarks.text;

/**
 * The return of each channel month by month, one line per channel, with the break-even line at 1.0
 * dashed: a month below it (compared unrounded, as the flags are) is a point in the warning colour.
 * Months without a recorded revenue have no point and break the line. Drawn on the server as SVG like
 * the survey's trend. Ids: {@code roi-chart}, and {@code roi-chart-empty} while the year has no figures.
 */
final class RoiChart extends Composite<Div> {

    static final String WARNING = "#c62828";
    private static final String MUTED = "#6b7280";
    private static final String[] PALETTE = {"#1f5fa8", "#2e7d32", "#8e24aa", "#ef6c00", "#00838f", "#5d4037"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int RIGHT = 150;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;

    RoiChart(int year, List<ChannelMonthRoi> months, CostsTexts texts) {
        getContent().setId("roi-chart");
        getContent().setWidthFull();
        if (months.stream().noneMatch(month -> month.roi().flatMap(Roi::value).isPresent())) {
            var none = new Span(texts.t("costs.roi.empty"));
            none.setId("roi-chart-empty");
            none.addClassName("muted");
            getContent().add(none);
            return;
        }
        var chart = new Svg(svg(year, months, texts));
        // a block as wide as the panel, up to the drawing's own width: inline, the SVG shrank to 300 px
        chart.getStyle().set("display", "block").set("width", "100%").set("max-width", WIDTH + "px");
        getContent().add(chart);
    }

    /** The chart of a year as SVG text. */
    static String svg(int year, List<ChannelMonthRoi> months, CostsTexts texts) {
        var top = months.stream().map(ChannelMonthRoi::roi).flatMap(Optional::stream).map(Roi::value)
                .flatMap(Optional::stream).max(BigDecimal::compareTo).orElse(BigDecimal.ONE)
                .max(new BigDecimal("2")).setScale(0, java.math.RoundingMode.CEILING).doubleValue();
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\" role=\"img\" aria-label=\"")
                .append(escape(texts.t("costs.roi.chart", Integer.toString(year)))).append("\">");
        for (double value = 0; value <= top; value += 1) {
            svg.append(line(LEFT, y(value, top), WIDTH - RIGHT, y(value, top), "#e5e7eb", ""));
            svg.append(text(LEFT - 6, y(value, top) + 4, "end", MUTED, texts.ratio(BigDecimal.valueOf(value)), 10));
        }
        svg.append(line(LEFT, y(1, top), WIDTH - RIGHT, y(1, top), WARNING, " stroke-dasharray=\"5 3\""));
        svg.append(text(WIDTH - RIGHT + 4, y(1, top) + 4, "start", WARNING, texts.t("costs.roi.break-even"), 10));
        for (int m = 1; m <= 12; m++) {
            svg.append(text(x(m), HEIGHT - 8, "middle", MUTED, Integer.toString(m), 10));
        }
        Map<ChannelId, List<ChannelMonthRoi>> byChannel = new LinkedHashMap<>();
        months.forEach(month -> byChannel.computeIfAbsent(month.channel(), c -> new java.util.ArrayList<>()).add(month));
        var marks = new StringBuilder();
        int index = 0;
        for (var entry : byChannel.entrySet()) {
            var colour = PALETTE[index % PALETTE.length];
            var name = texts.channel(entry.getKey());
            var run = new StringBuilder();
            YearMonth previous = null;
            for (var month : entry.getValue()) {
                var value = month.roi().flatMap(Roi::value);
                if (value.isEmpty() || month.month().getYear() != year) {
                    flush(svg, run, colour);
                    previous = null;
                    continue;
                }
                if (previous != null && !previous.plusMonths(1).equals(month.month())) {
                    flush(svg, run, colour);
                }
                double x = x(month.month().getMonthValue());
                double y = y(Math.min(value.get().doubleValue(), top), top);
                run.append(run.isEmpty() ? "" : " ").append(number(x)).append(',').append(number(y));
                var below = month.belowBreakEven();
                marks.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
                        .append("\" r=\"").append(below ? 5 : 3).append("\" fill=\"").append(below ? WARNING : colour)
                        .append("\"").append(below ? " class=\"below\"" : "").append("><title>")
                        .append(escape(name + " " + texts.month(month.month()) + ": " + texts.ratio(value.get())))
                        .append("</title></circle>");
                previous = month.month();
            }
            flush(svg, run, colour);
            var legendY = TOP + 4 + index * 16;
            svg.append(line(WIDTH - RIGHT + 4, legendY + 20, WIDTH - RIGHT + 18, legendY + 20, colour,
                    " stroke-width=\"2\""));
            svg.append(text(WIDTH - RIGHT + 22, legendY + 24, "start", MUTED, name, 10));
            index++;
        }
        return svg.append(marks).append("</svg>").toString();
    }

    private static void flush(StringBuilder svg, StringBuilder run, String colour) {
        if (!run.isEmpty()) {
            svg.append("<polyline points=\"").append(run).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.6\"/>");
            run.setLength(0);
        }
    }

    private static double x(int month) {
        return LEFT + (month - 0.5) * (WIDTH - LEFT - RIGHT) / 12.0;
    }

    private static double y(double value, double top) {
        return TOP + (top - value) / top * (HEIGHT - TOP - BOTTOM);
    }
}
