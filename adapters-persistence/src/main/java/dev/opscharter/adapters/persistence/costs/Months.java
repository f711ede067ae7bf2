package dev.opscharter.adapters.persistence.costs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

/** A month is stored as its first day. */
final class Months {

    private Months() {
    }

    static LocalDate day(YearMonth month) {
        return month.atDay(1);
    }

    static YearMonth read(ResultSet rs, String column) throws SQLException {
        Date day = rs.getDate(column);
        return YearMonth.from(day.toLocalDate());
    }
}
