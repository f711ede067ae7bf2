package dev.opscharter.domain.costs;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The checks every amount of money and every channel code of this context passes. */
final class Amounts {

    /** Below a hundred billion in the organization's currency: anything larger is a typing mistake. */
    static final BigDecimal MAX = new BigDecimal("99999999999.99");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private Amounts() {
    }

    /** Never negative, at most two decimals (cents), below {@link #MAX}; stored at scale 2 so equal amounts compare equal. */
    static BigDecimal checked(BigDecimal amount, String field) {
        Require.present(amount, field);
        if (amount.signum() < 0) {
            throw new InvalidValue(field, "validation.costs.amount-negative");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX) > 0) {
            throw new InvalidValue(field, "validation.costs.amount");
        }
        return amount.setScale(2);
    }

    static String code(String code) {
        var text = Require.text(code, "code", 40);
        if (!CODE.matcher(text).matches()) {
            throw new InvalidValue("code", "validation.costs.channel-code");
        }
        return text;
    }
}
