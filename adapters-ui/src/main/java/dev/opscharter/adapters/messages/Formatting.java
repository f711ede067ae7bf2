package dev.opscharter.adapters.messages;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, percentages and times in a given language and zone, the same on screens and in documents. */
public final class Formatting {

    private Formatting() {
    }

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).format(instant.atZone(zone));
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** @param fraction 0.953 for 95.3 % */
    public static String percent(double fraction, int fractionDigits, Locale locale) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(fraction);
    }
}
