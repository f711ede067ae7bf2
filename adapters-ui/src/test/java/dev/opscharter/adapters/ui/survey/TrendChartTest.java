package dev.opscharter.adapters.ui.survey;

import dev.opscharter.adapters.ui.shared.Translations;
import dev.opscharter.application.survey.port.in.CampaignQueries.QuarterFigure;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Disclosed;
import dev.opscharter.domain.survey.Figure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend as SVG text: each quarter's figure marked against the standard, a hidden one without a value. */
class TrendChartTest {

    private static final Pattern POLYLINE = Pattern.compile("<polyline points=\"([^\"]*)\"");

    private static String svg(Locale locale, List<QuarterFigure> points) {
        var translations = new Translations();
        var texts = new SurveyTexts((key, arguments) -> translations.getTranslation(key, locale, arguments), locale,
                List.of());
        return TrendChart.svg(points, texts);
    }

    private static QuarterFigure shown(int quarter, String percent) {
        return new QuarterFigure(new Period.Quarter(2026, quarter), CampaignId.random(),
                new Disclosed.Shown<>(new Figure(12, new BigDecimal(percent))));
    }

    @Test
    void each_figure_is_coloured_by_the_standard_and_a_hidden_quarter_shows_no_value_and_breaks_the_line() {
        var svg = svg(Locale.ENGLISH, List.of(shown(1, "91.0"),
                new QuarterFigure(new Period.Quarter(2026, 2), CampaignId.random(),
                        new Disclosed.Hidden<>(3, Disclosed.Why.FEWER_THAN_MINIMUM)),
                shown(3, "84.9"), shown(4, "85.0")));

        assertThat(svg).contains("fill=\"" + TrendChart.MEETS + "\">91.0%</text>")
                .contains("fill=\"" + TrendChart.BELOW + "\">84.9%</text>")
                .contains("fill=\"" + TrendChart.MEETS + "\">85.0%</text>")
                .contains(">Standard 85.0%</text>")
                .contains("<title>2026-Q2: Fewer than 3 responses — not shown</title>");
        // three axis labels, the standard and three figures: the hidden quarter has no value
        assertThat(svg.split("%</text>", -1)).hasSize(8);
        // the first quarter alone, then the third and fourth: no line through the hidden one
        assertThat(POLYLINE.matcher(svg).results().map(m -> m.group(1).split(" ").length).toList())
                .containsExactly(1, 2);
    }

    @Test
    void figures_are_written_the_way_the_reader_writes_them() {
        var svg = svg(Locale.SIMPLIFIED_CHINESE, List.of(shown(1, "87.5")));

        assertThat(svg).contains(">87.5%</text>").contains(">标准 85.0%</text>").contains("aria-label=\"各季度趋势\"");
    }
}
