package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dev.opscharter.adapters.messages.Formatting;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates, numbers and percentages in the user's language and the organization's time zone. The
 * zone is put into the session at sign-in (and when the administrator changes it).
 */
public final class Formats {

    private static final String ZONE = "opscharter.timeZone";

    private Formats() {
    }

    public static void useTimeZone(VaadinSession session, ZoneId zone) {
        session.setAttribute(ZONE, zone);
    }

    public static ZoneId timeZone() {
        return Optional.ofNullable(VaadinSession.getCurrent())
                .map(s -> (ZoneId) s.getAttribute(ZONE))
                .orElse(ZoneId.of("Asia/Shanghai"));
    }

    public static Locale locale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Translations.ENGLISH);
    }

    public static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public static String dateTime(Instant instant) {
        return dateTime(instant, locale(), timeZone());
    }

    /** For texts written outside a user's session (reports), in a given language and zone. */
    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return Formatting.dateTime(instant, locale, zone);
    }

    public static String number(long value) {
        return number(value, locale());
    }

    public static String number(long value, Locale locale) {
        return Formatting.number(value, locale);
    }

    public static String number(double value, int fractionDigits) {
        var format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /** @param fraction 0.953 for 95.3 % */
    public static String percent(double fraction, int fractionDigits) {
        return percent(fraction, fractionDigits, locale());
    }

    public static String percent(double fraction, int fractionDigits, Locale locale) {
        return Formatting.percent(fraction, fractionDigits, locale);
    }
}
