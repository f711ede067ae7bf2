package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.application.efficiency.port.out.CaseDurations;
import dev.opscharter.domain.efficiency.WindowDurations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link CaseDurations} from the compliance context's case summaries ({@code execution_case}), read only: the
 * cases of a window are a range of its index by process and first event, which also carries each case's last
 * event, so the percentiles are computed from the index alone.
 */
@Component
class JdbcCaseDurations implements CaseDurations {

    private final JdbcClient jdbc;

    JdbcCaseDurations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<WindowDurations> startedBetween(String processCode, Instant from, Instant until) {
        return jdbc.sql("""
                        select count(*) as cases,
                               percentile_cont(0.5) within group (order by extract(epoch from last_at - first_at))
                                   as median,
                               percentile_cont(0.9) within group (order by extract(epoch from last_at - first_at))
                                   as p90
                        from execution_case
                        where process_code = :process and first_at >= :from and first_at < :until""")
                .param("process", processCode)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((rs, n) -> rs.getLong("cases") == 0 ? Optional.<WindowDurations>empty()
                        : Optional.of(new WindowDurations(rs.getLong("cases"), seconds(rs.getDouble("median")),
                        seconds(rs.getDouble("p90")))))
                .single();
    }

    @Override
    public boolean hasRecords(String processCode) {
        return jdbc.sql("select exists (select 1 from execution_case where process_code = :process)")
                .param("process", processCode).query(Boolean.class).single();
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
    }
}
