package dev.opscharter.application.costs.service;

import dev.opscharter.domain.costs.ChannelId;

import java.time.YearMonth;

/** A channel in a month: what a return is judged for and a decision raised about. */
record ChannelMonth(ChannelId channel, YearMonth month) {
}
