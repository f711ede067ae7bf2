package dev.opscharter.adapters.ui.compliance.check;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import dev.opscharter.adapters.messages.CheckWording;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.RunState;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The check's words on its screens: {@link CheckWording} (shared with the inspection report) in the
 * language of the view's user, plus what only a screen shows (a run's state).
 */
public final class ComplianceCheckTexts extends CheckWording {

    /** In the language of the view's user and the organization's time zone. */
    ComplianceCheckTexts(Component owner) {
        super((key, locale, arguments) -> owner.getTranslation(key, arguments), Formats::locale,
                Formats::timeZone);
    }

    /** In the given language and time zone, outside any user's session. */
    public ComplianceCheckTexts(I18NProvider i18n, Locale locale, ZoneId zone) {
        super(i18n::getTranslation, () -> locale, () -> zone);
    }

    String state(CheckEntry check) {
        return t("compliance.check.state." + check.state().name().toLowerCase(Locale.ROOT));
    }

    static boolean busy(CheckEntry check) {
        return check.state() == RunState.QUEUED || check.state() == RunState.RUNNING;
    }
}
