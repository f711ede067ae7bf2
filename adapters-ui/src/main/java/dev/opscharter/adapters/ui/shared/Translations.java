package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.i18n.I18NProvider;
import dev.opscharter.adapters.messages.Messages;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** The screens' view of {@link Messages}: Vaadin asks it for every text through {@code getTranslation}. */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Messages.CHINESE;
    public static final Locale ENGLISH = Messages.ENGLISH;

    private final Messages messages = Messages.bundled();

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.text(key, locale, params);
    }
}
