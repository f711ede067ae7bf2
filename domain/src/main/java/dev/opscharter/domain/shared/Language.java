package dev.opscharter.domain.shared;

import java.util.Locale;

/** The two languages of the product. */
public enum Language {
    ZH_CN(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The product language closest to a locale; English unless the locale is Chinese. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH_CN : EN;
    }
}
