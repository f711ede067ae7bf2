package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.Period;

import java.time.YearMonth;
import java.util.Objects;

/** What a review of the register covers: a month (the monthly review) or a quarter (the quarterly one). */
public sealed interface ReviewPeriod permits ReviewPeriod.Month, ReviewPeriod.Quarter {

    /** The first month covered. */
    YearMonth from();

    /** The last month covered. */
    YearMonth to();

    record Month(YearMonth month) implements ReviewPeriod {
        public Month {
            Objects.requireNonNull(month, "month");
        }

        @Override
        public YearMonth from() {
            return month;
        }

        @Override
        public YearMonth to() {
            return month;
        }

        @Override
        public String toString() {
            return month.toString();
        }
    }

    record Quarter(Period.Quarter quarter) implements ReviewPeriod {
        public Quarter {
            Objects.requireNonNull(quarter, "quarter");
        }

        @Override
        public YearMonth from() {
            return YearMonth.of(quarter.year(), quarter.quarter() * 3 - 2);
        }

        @Override
        public YearMonth to() {
            return from().plusMonths(2);
        }

        @Override
        public String toString() {
            return quarter.year() + "-Q" + quarter.quarter();
        }
    }
}
