package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.datepicker.DatePicker;
import dev.opscharter.domain.shared.BusinessDate;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A date picker in the user's language: the locale decides how dates are typed and shown,
 * java.time names the months and weekdays and picks the first day of the week (Monday in China),
 * and the bundles supply the picker's two buttons. It offers only the dates OpsCharter accepts
 * ({@link BusinessDate}).
 */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker(String label) {
        super(label);
        var locale = Formats.locale();
        setLocale(locale);
        var outOfRange = getTranslation("validation.date.range", BusinessDate.FIRST.toString(),
                BusinessDate.LAST.toString());
        setI18n(new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(weekFromSunday(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(weekFromSunday(TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(getTranslation("date-picker.today"))
                .setCancel(getTranslation("date-picker.cancel"))
                .setMinErrorMessage(outOfRange)
                .setMaxErrorMessage(outOfRange));
        // the domain refuses any other date; the picker says so before the form is sent
        setMin(BusinessDate.FIRST);
        setMax(BusinessDate.LAST);
    }

    private static List<String> weekFromSunday(TextStyle style, Locale locale) {
        return IntStream.range(0, 7).mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale)).toList();
    }
}
