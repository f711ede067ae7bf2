package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.application.survey.port.in.CampaignQueries.QuarterFigure;
import dev.opscharter.domain.survey.Disclosed;
import dev.opscharter.domain.survey.Figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.opscharter.adapters.ui.shared.SvgMarks.escape;
import static dev.opscharter.adapters.ui.shared.SvgMarks.line;
import static dev.opscharter.adapters.ui.shared.SvgMarks.number;
import static dev.opscharter.adapters.ui.shared.SvgMarks.text;

/**
 * The overall satisfaction of the closed quarterly campaigns, quarter by quarter, on 0–100 % with
 * the 85 % standard as a dashed line, drawn on the server as SVG like the scorecard's trend charts.
 * A point is green when it meets the standard, red below; a quarter whose overall is hidden (too few
 * responses) has a hollow mark on the axis and no value. Ids: {@code results-trend}, and
 * {@code results-trend-empty} while no quarterly campaign has closed.
 */
final class TrendChart extends Composite<Div> {

    static final String MEETS = "#2e7d32";
    static final String BELOW = "#c62828";
    private static final String MUTED = "#6b7280";
    private static final int WIDTH = 560;
    private static final int HEIGHT = 200;
    private static final int LEFT = 48;
    /** Room right of the plot for the standard's label, clear of every point's value. */
    private static final int RIGHT = 84;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;

    TrendChart(List<QuarterFigure> points, SurveyTexts texts) {
        getContent().setId("results-trend");
        getContent().setWidthFull();
        if (points.isEmpty()) {
            var none = new Span(texts.t("survey.results.trend.empty"));
            none.setId("results-trend-empty");
            none.addClassName("muted");
            getContent().add(none);
            return;
        }
        var chart = new Svg(svg(points, texts));
        // a block as wide as the panel, up to the drawing's own width: inline, the SVG shrank to 300 px
        chart.getStyle().set("display", "block").set("width", "100%").set("max-width", WIDTH + "px");
        getContent().add(chart);
    }

    /** The chart as SVG text; {@code points} oldest first, at least one. */
    static String svg(List<QuarterFigure> points, SurveyTexts texts) {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\" role=\"img\" aria-label=\"")
                .append(escape(texts.t("survey.results.trend"))).append("\">");
        for (int value : new int[] {0, 50, 100}) {
            svg.append(line(LEFT, y(value), WIDTH - RIGHT, y(value), "#e5e7eb", ""));
            svg.append(text(LEFT - 6, y(value) + 4, "end", MUTED, texts.percent(BigDecimal.valueOf(value)), 10));
        }
        var standard = SurveyTexts.STANDARD.doubleValue();
        svg.append(line(LEFT, y(standard), WIDTH - RIGHT, y(standard), MUTED, " stroke-dasharray=\"4 3\""));
        svg.append(text(WIDTH - RIGHT + 4, y(standard) + 4, "start", MUTED,
                texts.t("survey.results.standard", texts.percent(SurveyTexts.STANDARD)), 10));
        var run = new ArrayList<String>();
        var marks = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            double x = x(i, points.size());
            marks.append(text(x, HEIGHT - 8, "middle", MUTED, point.quarter().key(), 10));
            switch (point.overall()) {
                case Disclosed.Shown<Figure>(var figure) -> {
                    double y = y(figure.percent().doubleValue());
                    var colour = figure.meets(SurveyTexts.STANDARD) ? MEETS : BELOW;
                    var value = texts.percent(figure.percent());
                    run.add(number(x) + "," + number(y));
                    marks.append(circle(x, y, "fill=\"" + colour + "\"", point.quarter().key() + ": " + value));
                    marks.append(text(x, y - 8, "middle", colour, value, 10));
                }
                case Disclosed.Hidden<Figure> hidden -> {
                    // too few answered: a hollow mark on the axis, no value, and the line breaks here
                    flush(svg, run);
                    marks.append(circle(x, y(0), "fill=\"#fff\" stroke=\"#9aa0a6\"",
                            point.quarter().key() + ": " + texts.hidden(hidden)));
                }
            }
        }
        flush(svg, run);
        return svg.append(marks).append("</svg>").toString();
    }

    private static void flush(StringBuilder svg, List<String> run) {
        if (!run.isEmpty()) {
            svg.append("<polyline points=\"").append(String.join(" ", run))
                    .append("\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.6\"/>");
            run.clear();
        }
    }

    private static String circle(double x, double y, String paint, String title) {
        return "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"4\" " + paint + "><title>"
                + escape(title) + "</title></circle>";
    }

    private static double x(int index, int count) {
        return LEFT + (index + 0.5) * (WIDTH - LEFT - RIGHT) / count;
    }

    private static double y(double percent) {
        return TOP + (100 - percent) / 100 * (HEIGHT - TOP - BOTTOM);
    }
}
