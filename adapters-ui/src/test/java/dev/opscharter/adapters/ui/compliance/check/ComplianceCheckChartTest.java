package dev.opscharter.adapters.ui.compliance.check;

import dev.opscharter.adapters.ui.shared.Translations;
import dev.opscharter.adapters.documents.shared.MixedScripts;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.compliance.TypeTally;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The results chart as SVG text: what it says and that its texts stay inside their room. */
class ComplianceCheckChartTest {

    private static final Pattern TEXT = Pattern.compile(
            "<text x=\"([\\d.]+)\"[^>]*fill=\"([^\"]*)\">(?:<title>([^<]*)</title>)?([^<]*)</text>");
    /** The legend's colour of text. */
    private static final String LEGEND = "#4b5563";

    private static String svg(Locale locale, String englishName) {
        var texts = new ComplianceCheckTexts(new Translations(), locale, ZoneId.of("Asia/Shanghai"));
        var process = new ProcessResult("RECEIPT", Optional.of(new BilingualName("环保许可申请收件流程", englishName)),
                new Rate(90, 100), 400, 0, List.of(new TypeTally(DeviationType.STEP_LATE, 10, 10)), List.of());
        return ComplianceCheckChart.svg(List.of(process), texts);
    }

    @Test
    void a_long_process_name_is_shortened_to_its_room_and_whole_on_hover() {
        var svg = svg(Locale.ENGLISH, "Receipt of an environmental permit application");

        var label = TEXT.matcher(svg).results().filter(m -> m.group(3) != null).findFirst().orElseThrow();
        assertThat(label.group(3)).isEqualTo("Receipt of an environmental permit application");
        assertThat(label.group(4)).startsWith("Receipt of").endsWith("…");
        assertThat(ComplianceCheckChart.width(label.group(4), 12)).isLessThanOrEqualTo(Double.parseDouble(label.group(1)));
    }

    @Test
    void a_short_name_stays_whole_and_the_legend_fits_the_width_in_both_languages() {
        assertThat(svg(Locale.ENGLISH, "Receipts")).contains(">Receipts</text>").doesNotContain("<title>Receipts");
        for (var locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            var svg = svg(locale, "Receipts");
            var legend = TEXT.matcher(svg).results().filter(m -> m.group(2).equals(LEGEND)).toList();
            assertThat(legend).as(locale.toString()).hasSize(DeviationType.values().length);
            for (int i = 1; i < legend.size(); i++) {
                double previousEnd = Double.parseDouble(legend.get(i - 1).group(1))
                        + ComplianceCheckChart.width(legend.get(i - 1).group(4), 10);
                double start = Double.parseDouble(legend.get(i).group(1));
                assertThat(start).as("%s after %s", legend.get(i).group(4), legend.get(i - 1).group(4))
                        .isGreaterThan(previousEnd).isLessThan(640);
            }
        }
    }

    @Test
    void a_name_mixing_chinese_with_dots_dashes_and_signs_stays_exact_and_the_page_chooses_its_font() {
        var svg = svg(Locale.ENGLISH, MixedScripts.TEXT);

        var label = TEXT.matcher(svg).results().filter(m -> m.group(3) != null).findFirst().orElseThrow();
        assertThat(label.group(3)).isEqualTo(MixedScripts.TEXT);
        assertThat(MixedScripts.TEXT).startsWith(label.group(4).replace("…", ""));
        // a family named here would override the page's, whose fallback for Chinese is the bundled font
        assertThat(svg).doesNotContain("font-family");
    }
}
