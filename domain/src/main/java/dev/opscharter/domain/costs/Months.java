package dev.opscharter.domain.costs;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Require;

import java.time.YearMonth;

/** Months within the business years (a month outside them is a typing mistake). */
final class Months {

    private Months() {
    }

    static YearMonth check(YearMonth month) {
        Require.present(month, "month");
        if (month.getYear() < Period.MIN_YEAR || month.getYear() > Period.MAX_YEAR) {
            throw new InvalidValue("month", "validation.costs.month");
        }
        return month;
    }

    static int year(int year) {
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new InvalidValue("year", "validation.costs.month");
        }
        return year;
    }
}
