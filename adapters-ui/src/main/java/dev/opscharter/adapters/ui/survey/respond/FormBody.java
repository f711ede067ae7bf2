package dev.opscharter.adapters.ui.survey.respond;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The respondent's form as it was posted ({@code application/x-www-form-urlencoded}), read here and
 * not by the servlet container: at most {@link #MAX_BYTES} bytes and {@link #MAX_FIELDS} fields are
 * taken, whatever the request claims, so an oversized or flooded post costs nothing beyond that.
 * A field sent twice keeps its first value.
 */
final class FormBody {

    /**
     * The largest form: 20 items for each of a mutual survey's departments (about 60 bytes a field) and
     * a 2 000-character comment in Chinese (9 bytes a character, percent-encoded), with room to spare.
     */
    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_FIELDS = 1_000;

    private FormBody() {
    }

    /** The fields, or {@link TooLarge} once more than the limits arrive (the rest is not read). */
    static Map<String, String> read(InputStream body) throws IOException {
        var bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLarge();
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    static Map<String, String> parse(String encoded) {
        var fields = new HashMap<String, String>();
        if (encoded.isEmpty()) {
            return fields;
        }
        var pairs = encoded.split("&", MAX_FIELDS + 2);
        if (pairs.length > MAX_FIELDS) {
            throw new TooLarge();
        }
        for (var pair : pairs) {
            int eq = pair.indexOf('=');
            var name = decode(eq < 0 ? pair : pair.substring(0, eq));
            var value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!name.isEmpty()) {
                fields.putIfAbsent(name, value);
            }
        }
        return fields;
    }

    /** A malformed escape ("%zz") is kept as it came, so the field shows as invalid rather than failing the post. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** More than a respondent's form can hold. */
    static final class TooLarge extends RuntimeException {

        TooLarge() {
            super("the posted form is larger than a respondent's form can be", null, false, false);
        }
    }
}
