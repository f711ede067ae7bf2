package dev.opscharter.adapters.ui.appraisal;

import dev.opscharter.domain.shared.InvalidValue;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * A number as a person types it, in their locale: grouping allowed, a trailing "%" ignored,
 * full-width digits from a Chinese input method accepted. Anything else is refused as a field error
 * ("Not a number") before a use case sees it; the domain then checks the range.
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
        format.setParseBigDecimal(true);
        var position = new ParsePosition(0);
        var number = format.parse(text, position);
        if (number == null || position.getIndex() != text.length()) {
            throw new InvalidValue(field, "validation.value.not-a-number");
        }
        return (BigDecimal) number;
    }

    /** A figure as the form shows it for editing: plain digits, no grouping, no exponent. */
    static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
