package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import dev.opscharter.application.costs.port.in.ManageBudgets.BudgetLine;
import dev.opscharter.domain.costs.Budget;
import dev.opscharter.domain.costs.BudgetUse;

import java.math.BigDecimal;
import java.util.List;

import static dev.opscharter.adapters.ui.shared.SvgMarks.escape;
import static dev.opscharter.adapters.ui.shared.SvgMarks.line;
import static dev.opscharter.adapters.ui.shared.SvgMarks.number;
import static dev.opscharter.adapters.ui.shared.SvgMarks.text;

/**
 * Each cost type's spending of the year as a bar against its budget, drawn as a vertical line across
 * the bar: a bar beyond it is in the warning colour and says "over budget"; a type nobody budgeted has
 * its bar and the words "no budget". Id {@code budget-chart}.
 */
final class BudgetChart extends Composite<Div> {

    static final String OVER = "#c62828";
    static final String WITHIN = "#1f5fa8";
    private static final String MUTED = "#6b7280";
    private static final int WIDTH = 640;
    private static final int ROW = 28;
    private static final int LEFT = 110;
    private static final int RIGHT = 170;

    BudgetChart(List<BudgetLine> lines, CostsTexts texts) {
        getContent().setId("budget-chart");
        getContent().setWidthFull();
        var chart = new Svg(svg(lines, texts));
        // a block as wide as the panel, up to the drawing's own width: inline, the SVG shrank to 300 px
        chart.getStyle().set("display", "block").set("width", "100%").set("max-width", WIDTH + "px");
        getContent().add(chart);
    }

    static String svg(List<BudgetLine> lines, CostsTexts texts) {
        var scale = lines.stream()
                .map(l -> l.spent().max(l.budget().map(Budget::amount).orElse(BigDecimal.ZERO)))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE).max(BigDecimal.ONE).doubleValue();
        var height = lines.size() * ROW + 10;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\" role=\"img\" aria-label=\"")
                .append(escape(texts.t("costs.budget.chart"))).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            var l = lines.get(i);
            var top = 6 + i * ROW;
            var over = l.use().map(BudgetUse::over).orElse(false);
            var colour = over ? OVER : WITHIN;
            var width = l.spent().doubleValue() / scale * (WIDTH - LEFT - RIGHT);
            svg.append(text(LEFT - 6, top + 15, "end", MUTED, texts.type(l.type()), 11));
            svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(top + 3).append("\" width=\"")
                    .append(number(width)).append("\" height=\"16\" fill=\"").append(colour).append('"')
                    .append(over ? " class=\"over\"" : "").append("><title>")
                    .append(escape(texts.type(l.type()) + ": " + texts.money(l.spent()))).append("</title></rect>");
            String label;
            if (l.budget().isPresent()) {
                var x = LEFT + l.budget().get().amount().doubleValue() / scale * (WIDTH - LEFT - RIGHT);
                svg.append(line(x, top, x, top + 22, "#111827", " stroke-width=\"2\""));
                var use = l.use().orElseThrow();
                label = texts.compactMoney(l.spent()) + " / " + texts.compactMoney(use.budget())
                        + (over ? " — " + texts.t("costs.budget.over") : "");
            } else {
                label = texts.compactMoney(l.spent()) + " — " + texts.t("costs.budget.none");
            }
            svg.append(text(WIDTH - RIGHT + 6, top + 15, "start", over ? OVER : MUTED, label, 11));
        }
        return svg.append("</svg>").toString();
    }
}
