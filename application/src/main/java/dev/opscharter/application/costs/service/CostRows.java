package dev.opscharter.application.costs.service;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.shared.InvalidValue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the rows of a cost or revenue file by the names of its header's columns, in any order, and
 * refuses the file at the first row that cannot be read, naming the row and what is wrong in words.
 * Cost files are small (a year of months × types × channels), so the rows are held until all are read.
 */
final class CostRows {

    static final String PREFIX = "costs.import.refused.";
    /** Far beyond years of months × types × channels: a larger file is not a cost file. */
    static final int MAX_ROWS = 100_000;

    private final ImportRows rows;
    private final Map<String, Channel> channelsByCode;
    private int[] columns = new int[0];

    CostRows(ImportRows rows, List<Channel> channels) {
        this.rows = rows;
        this.channelsByCode = new HashMap<>();
        channels.forEach(channel -> channelsByCode.put(channel.code(), channel));
    }

    record CostRow(long line, YearMonth month, CostType type, Optional<Channel> channel, BigDecimal amount) {
    }

    record RevenueRow(long line, YearMonth month, Channel channel, BigDecimal revenue) {
    }

    List<CostRow> costs() {
        header("month", "cost_type", "channel_code", "amount");
        var read = new ArrayList<CostRow>();
        while (rows.next()) {
            if (blank()) {
                continue;
            }
            limit(read.size());
            var code = field(2);
            read.add(new CostRow(rows.line(), month(field(0)), type(field(1)),
                    code.isEmpty() ? Optional.empty() : Optional.of(channel(code)), amount(field(3))));
        }
        return read;
    }

    List<RevenueRow> revenues() {
        header("month", "channel_code", "revenue");
        var read = new ArrayList<RevenueRow>();
        while (rows.next()) {
            if (blank()) {
                continue;
            }
            limit(read.size());
            read.add(new RevenueRow(rows.line(), month(field(0)), channel(field(1)), amount(field(2))));
        }
        return read;
    }

    private void header(String... names) {
        if (!rows.next()) {
            throw new ImportRefused(1, PREFIX + "empty-file");
        }
        columns = new int[names.length];
        for (var i = 0; i < names.length; i++) {
            columns[i] = -1;
            for (var f = 0; f < rows.fieldCount(); f++) {
                if (rows.field(f).strip().toLowerCase(Locale.ROOT).equals(names[i])) {
                    columns[i] = f;
                }
            }
            if (columns[i] < 0) {
                throw new ImportRefused(rows.line(), PREFIX + "missing-column", names[i]);
            }
        }
    }

    private boolean blank() {
        for (var f = 0; f < rows.fieldCount(); f++) {
            if (!rows.field(f).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void limit(int read) {
        if (read >= MAX_ROWS) {
            throw new ImportRefused(rows.line(), PREFIX + "too-many-rows", MAX_ROWS);
        }
    }

    private String field(int column) {
        var index = columns[column];
        return index < rows.fieldCount() ? rows.field(index).strip() : "";
    }

    private YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new ImportRefused(rows.line(), PREFIX + "bad-month", text);
        }
    }

    private CostType type(String text) {
        try {
            return CostType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportRefused(rows.line(), PREFIX + "bad-type", text);
        }
    }

    private Channel channel(String code) {
        var found = channelsByCode.get(code.toUpperCase(Locale.ROOT));
        if (found == null) {
            throw new ImportRefused(rows.line(), PREFIX + "unknown-channel", code);
        }
        return found;
    }

    private BigDecimal amount(String text) {
        try {
            var amount = new BigDecimal(text);
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new ImportRefused(rows.line(), PREFIX + "bad-amount", text);
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new ImportRefused(rows.line(), PREFIX + "bad-amount", text);
        }
    }

    /** A row the domain refuses (an amount too large, a month out of range) is refused with its line. */
    static <T> T checked(long line, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValue e) {
            throw new ImportRefused(line, PREFIX + "invalid", e.field());
        }
    }
}
