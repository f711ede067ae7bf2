package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * All user-facing text. Each context ships its own bundle pair, {@code i18n/<context>_en.properties}
 * and {@code i18n/<context>_zh_CN.properties} (UTF-8), so a new context adds text without
 * touching anyone else's file. A key missing in one language is a build failure (see the tests),
 * so the English fallback here only guards against a bundle that failed to load.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String PATTERN = "classpath*:i18n/*_%s.properties";

    private final Map<String, String> english;
    private final Map<String, String> chinese;

    public Translations() {
        this.english = load("en");
        this.chinese = load("zh_CN");
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var bundle = "zh".equals(locale.getLanguage()) ? chinese : english;
        var pattern = bundle.getOrDefault(key, english.get(key));
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** Every key and text of a language, for the tests that keep both languages complete. */
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
