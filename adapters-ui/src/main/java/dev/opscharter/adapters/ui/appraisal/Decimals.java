package dev.opscharter.adapters.ui.appraisal;

import dev.opscharter.domain.shared.InvalidValue;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number as a person types it, in their locale: grouping allowed where it groups thousands, a
 * trailing "%" ignored, full-width digits and punctuation from a Chinese input method accepted.
 * A comma that cannot be a thousands separator ("92,5", "0,75") is the decimal comma many people
 * type: it reads 92.5, never 925. Anything else is refused as a field error ("Not a number")
 * before a use case sees it; the domain then checks the range.
 */
final class Decimals {

    private Decimals() {
    }

    /** @param field the field name the error is shown on */
    static BigDecimal parse(String typed, String field, Locale locale) {
        var text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replace("\u00a0", "").replace(" ", "");
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            throw new InvalidValue(field, "validation.required");
        }
        var format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        var symbols = format.getDecimalFormatSymbols();
        text = decimalComma(text, symbols.getDecimalSeparator(), symbols.getGroupingSeparator());
        if (!groupsThousands(text, symbols.getDecimalSeparator(), symbols.getGroupingSeparator())) {
            throw new InvalidValue(field, "validation.value.not-a-number");
        }
        format.setParseBigDecimal(true);
        var position = new ParsePosition(0);
        var number = format.parse(text, position);
        if (number == null || position.getIndex() != text.length()) {
            throw new InvalidValue(field, "validation.value.not-a-number");
        }
        return (BigDecimal) number;
    }

    /** "92,5" where "," groups and "." is the decimal point: one comma not followed by three digits is a decimal comma. */
    private static String decimalComma(String text, char decimal, char grouping) {
        if (grouping != ',' || decimal == ',' || text.indexOf(decimal) >= 0) {
            return text;
        }
        int comma = text.indexOf(',');
        if (comma < 0 || comma != text.lastIndexOf(',')) {
            return text;
        }
        var after = text.substring(comma + 1);
        return after.length() == 3 && after.chars().allMatch(Character::isDigit) ? text
                : text.substring(0, comma) + decimal + after;
    }

    /** Grouping separators, if any, stand every three digits before the decimal point ("1,234.5", not "9,25,0"). */
    private static boolean groupsThousands(String text, char decimal, char grouping) {
        int point = text.indexOf(decimal);
        var whole = point < 0 ? text : text.substring(0, point);
        if (whole.indexOf(grouping) < 0) {
            return point < 0 || text.indexOf(grouping, point) < 0;
        }
        var digits = whole.startsWith("-") ? whole.substring(1) : whole;
        var groups = digits.split(Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return point < 0 || text.indexOf(grouping, point) < 0;
    }

    /** A figure as the form shows it for editing: plain digits, no grouping, no exponent. */
    static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
