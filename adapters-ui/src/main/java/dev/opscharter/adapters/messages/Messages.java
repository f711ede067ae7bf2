package dev.opscharter.adapters.messages;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * All user-facing text, for every adapter that speaks to people: the screens, the documents
 * (PDF, workbooks) and the notifications (inbox, mail) read the same bundles, so one wording
 * reaches a user whichever way it travels. Each context ships its own pair,
 * {@code i18n/<context>_en.properties} and {@code i18n/<context>_zh_CN.properties} (UTF-8). A key
 * missing in one language is a build failure (see the tests), so the English fallback here only
 * guards against a bundle that failed to load.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String PATTERN = "classpath*:i18n/*_%s.properties";

    private static final class Bundled {
        static final Messages INSTANCE = new Messages(load("en"), load("zh_CN"));
    }

    private final Map<String, String> english;
    private final Map<String, String> chinese;

    private Messages(Map<String, String> english, Map<String, String> chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The bundles on the class path, read once. */
    public static Messages bundled() {
        return Bundled.INSTANCE;
    }

    /** The text of {@code key} in the locale's language (Chinese or English), its parameters formatted for it. */
    public String text(String key, Locale locale, Object... params) {
        var bundle = "zh".equals(locale.getLanguage()) ? chinese : english;
        var pattern = bundle.getOrDefault(key, english.get(key));
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** Whether a text exists for {@code key} (the audit trail shows a stored key as text only then). */
    public boolean has(String key) {
        return english.containsKey(key);
    }

    /** Every key, for the tests that keep both languages complete. */
    public Set<String> keys() {
        return english.keySet();
    }

    /** Every key and text of a language ({@code en} or {@code zh_CN}), for the tests that keep both complete. */
    public static Map<String, String> load(String suffix) {
        var texts = new HashMap<String, String>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN.formatted(suffix))) {
                var properties = new Properties();
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((k, v) -> texts.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the i18n bundles", e);
        }
        return Map.copyOf(texts);
    }
}
