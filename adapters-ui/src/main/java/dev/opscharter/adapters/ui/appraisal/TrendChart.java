package dev.opscharter.adapters.ui.appraisal;

import dev.opscharter.adapters.ui.appraisal.export.ScorecardTexts;
import dev.opscharter.adapters.ui.shared.SvgMarks;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.Scorecard;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.appraisal.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small line chart of one part over the trend's quarters, drawn on the server as SVG (no chart
 * library, no frontend build): the threshold as a dashed line, each figure a point coloured by its
 * verdict, the line broken where a quarter has no data.
 * Its text takes the page's fonts, whose fallback for Chinese is the bundled font (styles.css).
 */
final class TrendChart {

    static final String PASS = "#2e7d32";
    static final String FAIL = "#c62828";
    static final String NO_DATA = "#9aa0a6";
    static final String IN_PROGRESS = "#1a569e";
    private static final int WIDTH = 300;
    private static final int HEIGHT = 132;
    private static final int LEFT = 48;
    private static final int RIGHT = 10;
    private static final int TOP = 12;
    private static final int BOTTOM = 24;

    private TrendChart() {
    }

    private record Point(String quarter, Optional<BigDecimal> figure, BigDecimal threshold, Status status) {
    }

    /** @param trend the quarters' scorecards, oldest first */
    static String svg(Part part, List<Scorecard> trend, ScorecardTexts texts) {
        var points = new ArrayList<Point>();
        for (var scorecard : trend) {
            var result = scorecard.part(part).orElseThrow();
            points.add(new Point(shortLabel(scorecard), result.figure(), result.threshold().value(),
                    result.status()));
        }
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(texts.text("appraisal.trend.chart-label",
                        texts.part(part)))).append("\">");
        if (points.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        var values = new ArrayList<BigDecimal>();
        points.forEach(p -> {
            values.add(p.threshold());
            p.figure().ifPresent(values::add);
        });
        double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double pad = max == min ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.12;
        double low = min >= 0 && min - pad < 0 ? 0 : min - pad;
        var scale = new Scale(low, max + pad, points.size());

        // frame: the bottom axis and the top and bottom values
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#d0d5dd", ""));
        int decimals = part.unit() == Unit.COUNT ? 0 : 1;
        svg.append(text(LEFT - 4, TOP + 4, "end", "#6b7280", texts.figure(BigDecimal.valueOf(scale.max)
                .setScale(decimals, RoundingMode.HALF_UP), part)));
        svg.append(text(LEFT - 4, HEIGHT - BOTTOM, "end", "#6b7280", texts.figure(BigDecimal.valueOf(scale.min)
                .setScale(decimals, RoundingMode.HALF_UP), part)));

        // the threshold, dashed; it may change between quarters with the standards version
        var threshold = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            threshold.append(i == 0 ? "" : " ").append(fmt(scale.x(i))).append(',')
                    .append(fmt(scale.y(points.get(i).threshold().doubleValue())));
        }
        svg.append("<polyline class=\"trend-threshold\" points=\"").append(threshold)
                .append("\" fill=\"none\" stroke=\"#6b7280\" stroke-width=\"1\" stroke-dasharray=\"4 3\">")
                .append("<title>").append(escape(texts.text("appraisal.trend.threshold",
                        texts.standard(scorecardThreshold(trend.getLast(), part), part.unit()))))
                .append("</title></polyline>");

        // the figures: a line through consecutive quarters with data, broken where data is missing
        var run = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            var figure = points.get(i).figure();
            if (figure.isPresent()) {
                run.append(run.isEmpty() ? "" : " ").append(fmt(scale.x(i))).append(',')
                        .append(fmt(scale.y(figure.get().doubleValue())));
            }
            if ((figure.isEmpty() || i == points.size() - 1) && !run.isEmpty()) {
                svg.append("<polyline class=\"trend-line\" points=\"").append(run)
                        .append("\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.6\"/>");
                run.setLength(0);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            var x = scale.x(i);
            svg.append(text(x, HEIGHT - 8, "middle", "#6b7280", point.quarter()));
            var tip = escape(point.quarter() + ": " + point.figure().map(f -> texts.figure(f, part))
                    .orElse(ScorecardTexts.NO_FIGURE) + " · " + texts.status(point.status()));
            if (point.figure().isPresent()) {
                svg.append("<circle class=\"trend-point ").append(point.status().name().toLowerCase(Locale.ROOT))
                        .append("\" cx=\"").append(fmt(x)).append("\" cy=\"")
                        .append(fmt(scale.y(point.figure().get().doubleValue()))).append("\" r=\"3.5\" fill=\"")
                        .append(colour(point.status())).append("\"><title>").append(tip).append("</title></circle>");
            } else {
                // no data: a hollow grey mark on the axis, no point and no line
                svg.append("<circle class=\"trend-point no_data\" cx=\"").append(fmt(x)).append("\" cy=\"")
                        .append(HEIGHT - BOTTOM).append("\" r=\"3\" fill=\"#fff\" stroke=\"").append(NO_DATA)
                        .append("\"><title>").append(tip).append("</title></circle>");
            }
        }
        return svg.append("</svg>").toString();
    }

    static String colour(Status status) {
        return switch (status) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case NO_DATA -> NO_DATA;
            case IN_PROGRESS -> IN_PROGRESS;
        };
    }

    private static Threshold scorecardThreshold(Scorecard scorecard, Part part) {
        return scorecard.part(part).map(PartResult::threshold).orElseThrow();
    }

    /** "25Q3": short enough for eight quarters under a small chart, the same in both languages. */
    static String shortLabel(Scorecard scorecard) {
        var key = scorecard.period().key();
        return key.length() == 7 ? key.substring(2, 4) + key.substring(5) : key;
    }

    private record Scale(double min, double max, int count) {
        double x(int index) {
            double span = WIDTH - LEFT - RIGHT - 16;
            return count == 1 ? LEFT + 8 + span / 2 : LEFT + 8 + span * index / (count - 1);
        }

        double y(double value) {
            return TOP + (max - value) / (max - min) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return SvgMarks.line(x1, y1, x2, y2, colour, extra);
    }

    private static String text(double x, double y, String anchor, String colour, String text) {
        return SvgMarks.text(x, y, anchor, colour, text, 9);
    }

    private static String fmt(double value) {
        return SvgMarks.number(value);
    }

    static String escape(String text) {
        return SvgMarks.escape(text);
    }
}
