package dev.opscharter.adapters.ui.appraisal.export;

import com.vaadin.flow.i18n.I18NProvider;
import dev.opscharter.adapters.messages.ScorecardWording;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The scorecard's words on the screens: {@link ScorecardWording}, shared with its documents, through Vaadin's provider. */
public final class ScorecardTexts extends ScorecardWording {

    public ScorecardTexts(I18NProvider i18n, Locale locale, ZoneId zone) {
        this(i18n, locale, zone, UnaryOperator.identity());
    }

    /** @param names the person behind a user name kept in a record ("director" → 王建国) */
    public ScorecardTexts(I18NProvider i18n, Locale locale, ZoneId zone, UnaryOperator<String> names) {
        super(i18n::getTranslation, locale, zone, names);
    }
}
