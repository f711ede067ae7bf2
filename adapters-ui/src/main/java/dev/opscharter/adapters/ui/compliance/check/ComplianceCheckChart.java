package dev.opscharter.adapters.ui.compliance.check;

import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.ProcessResult;

import java.util.List;
import java.util.Locale;

/**
 * The check's results per process as a horizontal bar chart, drawn on the server as SVG (no chart
 * library, no frontend build): for each process its compliance rate as a bar over 0–100 %, and under
 * it the cases with each type of deviation, as a stacked bar in the type's colour. A process without
 * cases gets an empty grey track and "no cases".
 * Its text takes the page's fonts, whose fallback for Chinese is the bundled font (styles.css).
 */
final class ComplianceCheckChart {

    static final String COMPLIANT = "#2e7d32";
    static final String TRACK = "#eceff1";
    static final String[] TYPE_COLOURS = {"#8e24aa", "#f9a825", "#1565c0", "#ef6c00", "#c62828", "#6d4c41"};
    private static final int WIDTH = 640;
    private static final int LABEL = 180;
    private static final int RIGHT = 90;
    private static final int ROW = 46;
    private static final int TOP = 8;
    private static final int LEGEND_ROW = 16;

    private ComplianceCheckChart() {
    }

    static String svg(List<ProcessResult> processes, ComplianceCheckTexts texts) {
        // the legend first: its rows decide the height
        var legend = new StringBuilder();
        int legendY = TOP + processes.size() * ROW + 10;
        double lx = 8;
        for (var type : DeviationType.values()) {
            var name = texts.type(type);
            double entry = 22 + width(name, 10);
            if (lx + entry > WIDTH) {
                lx = 8;
                legendY += LEGEND_ROW;
            }
            legend.append(rect(lx, legendY, 9, 9, colour(type), ""));
            legend.append(text(lx + 12, legendY + 8, "start", "#4b5563", name, 10));
            lx += entry;
        }
        int height = legendY + LEGEND_ROW;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\" role=\"img\" aria-label=\"")
                .append(escape(texts.t("compliance.check.chart.label"))).append("\">");
        double span = WIDTH - LABEL - RIGHT;
        for (int i = 0; i < processes.size(); i++) {
            var p = processes.get(i);
            int y = TOP + i * ROW;
            var label = p.name().map(texts::name).orElse(p.processCode());
            svg.append(label(LABEL - 8, y + 13, label, LABEL - 12));
            svg.append(rect(LABEL, y + 2, span, 14, TRACK, ""));
            var fraction = p.rate().fraction();
            if (fraction.isPresent()) {
                svg.append(rect(LABEL, y + 2, span * fraction.getAsDouble(), 14, COMPLIANT,
                        texts.rateWithCases(p.rate())));
            }
            svg.append(text(LABEL + span + 6, y + 13, "start", "#1f2933", texts.rate(p.rate()), 12));
            // cases with each type of deviation, stacked over the cases evaluated
            long evaluated = p.rate().evaluated();
            double x = LABEL;
            svg.append(rect(LABEL, y + 20, span, 8, TRACK, ""));
            if (evaluated > 0) {
                long total = 0;
                for (var tally : p.byType()) {
                    total += tally.cases();
                }
                // types overlap within a case: scale the stack to the deviating share of the cases
                double deviating = (double) (evaluated - p.rate().compliant()) / evaluated;
                for (var tally : p.byType()) {
                    double w = total == 0 ? 0 : span * deviating * tally.cases() / total;
                    svg.append(rect(x, y + 20, w, 8, colour(tally.type()), texts.type(tally.type()) + ": "
                            + texts.number(tally.cases())));
                    x += w;
                }
            }
            svg.append(text(LABEL + span + 6, y + 28, "start", "#6b7280",
                    texts.t("compliance.check.chart.cases", texts.number(evaluated)), 10));
        }
        return svg.append(legend).append("</svg>").toString();
    }

    /**
     * About how wide the text is drawn (SVG text does not measure itself on the server): Chinese
     * characters take a full em, Latin ones about 0.6 of it.
     */
    static double width(String text, int size) {
        return text.codePoints().mapToDouble(c -> c >= 0x2E80 ? size : size * 0.6).sum();
    }

    /** A process name, right-aligned, shortened with "…" to fit {@code room} (the whole name on hover). */
    private static String label(double x, double y, String name, double room) {
        if (width(name, 12) <= room) {
            return text(x, y, "end", "#1f2933", name, 12);
        }
        var shown = new StringBuilder();
        double used = width("…", 12);
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            double next = width(Character.toString(codePoint), 12);
            if (used + next > room) {
                break;
            }
            shown.appendCodePoint(codePoint);
            used += next;
            i += Character.charCount(codePoint);
        }
        return text(x, y, "end", "#1f2933", shown.toString().strip() + "…", 12, name);
    }

    static String colour(DeviationType type) {
        return TYPE_COLOURS[type.ordinal()];
    }

    private static String rect(double x, double y, double w, double h, String fill, String title) {
        var rect = "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(Math.max(0, w)) + "\" height=\""
                + fmt(h) + "\" fill=\"" + fill + "\"";
        return title.isEmpty() ? rect + "/>" : rect + "><title>" + escape(title) + "</title></rect>";
    }

    private static String text(double x, double y, String anchor, String colour, String text, int size) {
        return text(x, y, anchor, colour, text, size, "");
    }

    /** With a title, the whole of a shortened text shows on hover. */
    private static String text(double x, double y, String anchor, String colour, String text, int size,
                               String title) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" fill=\"" + colour + "\">" + (title.isEmpty() ? "" : "<title>" + escape(title) + "</title>")
                + escape(text) + "</text>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
