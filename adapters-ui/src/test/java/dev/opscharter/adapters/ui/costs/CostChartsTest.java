package dev.opscharter.adapters.ui.costs;

import dev.opscharter.adapters.ui.shared.Translations;
import dev.opscharter.application.costs.port.in.ManageBudgets.BudgetLine;
import dev.opscharter.application.costs.port.in.RoiDecisions.ChannelMonthRoi;
import dev.opscharter.domain.costs.Budget;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ROI and budget charts as SVG text: below break-even and over budget in the warning colour; and the
 * people the costs screens name (who decided, who requested) by their names.
 */
class CostChartsTest {

    private static final Pattern POLYLINE = Pattern.compile("<polyline points=\"([^\"]*)\"");
    private static final Channel SEARCH = Channel.create("SEARCH", new BilingualName("搜索广告", "Search ads"));
    private static final Channel TMALL = Channel.create("TMALL", new BilingualName("天猫", "Tmall"));

    private static CostsTexts texts(Locale locale) {
        var translations = new Translations();
        return new CostsTexts((key, arguments) -> translations.getTranslation(key, locale, arguments), locale,
                List.of(SEARCH, TMALL), name -> Map.of("manager", "李娜").getOrDefault(name, name));
    }

    private static ChannelMonthRoi month(Channel channel, int month, String revenue, String cost) {
        return new ChannelMonthRoi(channel.id(), YearMonth.of(2026, month),
                Optional.ofNullable(revenue).map(BigDecimal::new), new BigDecimal(cost), Optional.empty());
    }

    @Test
    void a_month_below_break_even_is_marked_in_the_warning_colour_even_when_it_shows_as_one() {
        var svg = RoiChart.svg(2026, List.of(
                month(SEARCH, 1, "1300", "1000"),
                month(SEARCH, 2, "999.9", "1000"),
                month(SEARCH, 3, null, "1000"),
                month(SEARCH, 4, "850", "1000"),
                month(TMALL, 1, "3200", "1000")), texts(Locale.ENGLISH));

        assertThat(svg).contains(">1.0 break-even</text>")
                .contains("aria-label=\"ROI by channel, 2026\"")
                .contains("<title>SEARCH · Search ads 2026-02: 1.00</title>")
                .contains("<title>SEARCH · Search ads 2026-04: 0.85</title>")
                .contains("<title>TMALL · Tmall 2026-01: 3.20</title>");
        // February (shows 1.00, below unrounded) and April are the warning points; January is not
        assertThat(svg.split("class=\"below\"", -1)).hasSize(3);
        assertThat(svg).contains("fill=\"" + RoiChart.WARNING + "\" class=\"below\"><title>SEARCH · Search ads 2026-02");
        // search: January–February, then April alone (March has no revenue yet); Tmall: January alone
        assertThat(POLYLINE.matcher(svg).results().map(m -> m.group(1).split(" ").length).toList())
                .containsExactly(2, 1, 1);
    }

    @Test
    void the_chart_speaks_the_reader_s_language() {
        var svg = RoiChart.svg(2026, List.of(month(SEARCH, 1, "1300", "1000")), texts(Locale.SIMPLIFIED_CHINESE));

        assertThat(svg).contains(">1.0 盈亏平衡</text>").contains("<title>SEARCH · 搜索广告 2026年1月: 1.30</title>");
    }

    @Test
    void a_type_beyond_its_budget_is_marked_over_and_a_type_without_one_says_so() {
        var svg = BudgetChart.svg(List.of(
                new BudgetLine(CostType.PROMOTION, Optional.of(new Budget(2026, CostType.PROMOTION,
                        new BigDecimal("900000"), 1)), new BigDecimal("950000"), Optional.empty()),
                new BudgetLine(CostType.LABOUR, Optional.of(new Budget(2026, CostType.LABOUR,
                        new BigDecimal("3000000"), 1)), new BigDecimal("2400000"), Optional.empty()),
                new BudgetLine(CostType.OTHER, Optional.empty(), new BigDecimal("800"), Optional.empty())),
                texts(Locale.ENGLISH));

        assertThat(svg).contains("fill=\"" + BudgetChart.OVER + "\" class=\"over\"><title>Promotion: ¥950,000.00")
                .contains(">¥950k / ¥900k — over budget</text>")
                .contains("fill=\"" + BudgetChart.WITHIN + "\"><title>Labour: ¥2,400,000.00")
                .contains(">¥2.4M / ¥3.0M</text>")
                .contains(">¥800 — no budget</text>");
        assertThat(svg.split("class=\"over\"", -1)).hasSize(2);
    }

    @Test
    void people_are_named_by_their_person_s_name_and_the_system_as_such() {
        assertThat(texts(Locale.ENGLISH).person("manager")).isEqualTo("李娜");
        assertThat(texts(Locale.ENGLISH).person("no.account")).isEqualTo("no.account");
        assertThat(texts(Locale.ENGLISH).person("system")).isEqualTo("System");
        assertThat(texts(Locale.SIMPLIFIED_CHINESE).person("scheduled")).isEqualTo("按计划");
    }
}
