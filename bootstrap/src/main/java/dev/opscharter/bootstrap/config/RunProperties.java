package dev.opscharter.bootstrap.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The heartbeat of long runs (compliance checks, imports of execution records): {@code opscharter.runs.*}.
 *
 * @param heartbeatEvery   how often a running check or import says it is alive
 * @param heartbeatTimeout how long a silent run may stay RUNNING before it counts as interrupted even
 *                         though its lock is still held (its holder's machine vanished and the
 *                         database has not yet noticed); a run whose holder's connection closed is
 *                         found at once
 */
@ConfigurationProperties("opscharter.runs")
public record RunProperties(@DefaultValue("10s") Duration heartbeatEvery,
                            @DefaultValue("2m") Duration heartbeatTimeout) {
}
