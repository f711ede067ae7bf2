package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.domain.risks.RiskHeatMap;
import dev.opscharter.domain.risks.RiskLevel;
import dev.opscharter.domain.risks.RiskRating;

/**
 * The 5 × 5 likelihood × impact matrix as a CSS grid: likelihood from 5 (top) to 1, impact from 1 to 5 (left to
 * right), each cell with the number of risks on it and coloured by the level its score falls in — the domain's
 * levels, not the screen's. Ids: {@code risks-heat-map}, a cell {@code heat-<likelihood>-<impact>}, the totals per
 * level {@code heat-total-<LEVEL>}.
 */
final class HeatMap extends Composite<Div> {

    private static final String CELL = "3.2rem";
    private final RiskTexts texts;

    HeatMap(RiskTexts texts) {
        this.texts = texts;
        getContent().setId("risks-heat-map");
    }

    void show(RiskHeatMap map) {
        var content = getContent();
        content.removeAll();
        var grid = new Div();
        grid.getStyle().set("display", "grid").set("grid-template-columns", "auto repeat(5, " + CELL + ")")
                .set("gap", "2px").set("align-items", "center").set("text-align", "center");
        for (int likelihood = RiskRating.MAX; likelihood >= RiskRating.MIN; likelihood--) {
            grid.add(label(Integer.toString(likelihood)));
            for (int impact = RiskRating.MIN; impact <= RiskRating.MAX; impact++) {
                grid.add(cell(map, likelihood, impact));
            }
        }
        grid.add(new Span());
        for (int impact = RiskRating.MIN; impact <= RiskRating.MAX; impact++) {
            grid.add(label(Integer.toString(impact)));
        }
        var axes = new Span(texts.t("risks.heat.axes"));
        axes.addClassName("muted");
        var totals = new Div();
        totals.getStyle().set("display", "flex").set("gap", "1rem").set("margin-top", "0.5rem");
        for (var level : RiskLevel.values()) {
            var total = texts.levelBadge(level);
            total.setText(texts.level(level) + ": " + Formats.number(map.count(level)));
            total.setId("heat-total-" + level.name());
            totals.add(total);
        }
        content.add(grid, axes, totals);
    }

    private Div cell(RiskHeatMap map, int likelihood, int impact) {
        var rating = new RiskRating(likelihood, impact);
        long count = map.count(likelihood, impact);
        var cell = new Div(count == 0 ? "" : Formats.number(count));
        cell.setId("heat-" + likelihood + "-" + impact);
        cell.getElement().setAttribute("title", texts.rating(rating));
        cell.getStyle().set("height", CELL).set("line-height", CELL).set("font-weight", "600")
                .set("border-radius", "4px")
                .set("background", colour(rating.level()));
        return cell;
    }

    private static String colour(RiskLevel level) {
        return switch (level) {
            case LOW -> "#e3f1e4";
            case MEDIUM -> "#eeeff1";
            case HIGH -> "#fde7c7";
            case MAJOR -> "#f4a8a3";
        };
    }

    private static Span label(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
