package dev.opscharter.adapters.ui.shared;

import java.util.Locale;

/**
 * The marks the charts drawn on the server as SVG share (no chart library, no frontend build): a
 * line, a text, a coordinate and escaped text. Coordinates are written with one decimal and a dot,
 * whatever the user's locale.
 */
public final class SvgMarks {

    private SvgMarks() {
    }

    /** @param extra further attributes, with a leading space (a dash pattern, say), or empty */
    public static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\""
                + number(y2) + "\" stroke=\"" + colour + "\" stroke-width=\"1\"" + extra + "/>";
    }

    public static String text(double x, double y, String anchor, String colour, String text, int fontSize) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\" font-size=\""
                + fontSize + "\" fill=\"" + colour + "\">" + escape(text) + "</text>";
    }

    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text for an SVG element or a double-quoted attribute. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
