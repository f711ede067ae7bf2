package dev.opscharter.application.costs;

import dev.opscharter.domain.costs.ChannelId;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A sum of money of one channel in one month (its costs of every type, or its revenue). */
public record ChannelMonthAmount(ChannelId channel, YearMonth month, BigDecimal amount) {
}
