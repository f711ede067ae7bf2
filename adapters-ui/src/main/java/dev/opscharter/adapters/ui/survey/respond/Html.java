package dev.opscharter.adapters.ui.survey.respond;

/**
 * A page's markup, written by hand: every text and attribute value goes through {@link #text} or
 * {@link #attr}, which escape it, so a campaign title or a comment can never become markup. Only
 * this package's constant markup goes through {@link #raw}.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8_192);

    /** Markup of this package's own, never anything that came from a user or the database. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Text content, escaped. */
    Html text(String text) {
        escape(text);
        return this;
    }

    /** {@code  name="value"}, the value escaped (quotes too, so it cannot leave the attribute). */
    Html attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value);
        out.append('"');
        return this;
    }

    /** An element holding only escaped text: {@code <tag attributes>text</tag>}; the attributes are constant markup. */
    Html element(String tagAndAttributes, String text) {
        var tag = tagAndAttributes.split(" ", 2)[0];
        return raw("<" + tagAndAttributes + ">").text(text).raw("</" + tag + ">");
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
