package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.efficiency.port.out.Benchmarks;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.BenchmarkId;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Benchmarks} in {@code efficiency_benchmark}, its holders in order; optimistic locking on {@code version}. */
@Component
class JdbcBenchmarks implements Benchmarks {

    private static final String ENTITY = "Benchmark";
    private static final String COLUMNS = "id, indicator, unit, direction, best, reached_on, version";
    private static final Map<String, String> SORT_KEYS = Map.of("indicator", "indicator", "reachedOn", "reached_on");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcBenchmarks(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Benchmark save(Benchmark benchmark) {
        return transaction.execute(status -> Saves.translated(ENTITY, benchmark.id(), Map.of(), () -> {
            if (benchmark.version() == 0) {
                bind(jdbc.sql("insert into efficiency_benchmark (" + COLUMNS
                        + ") values (:id, :indicator, :unit, :direction, :best, :reachedOn, 1)"), benchmark).update();
            } else {
                int updated = bind(jdbc.sql("""
                        update efficiency_benchmark set indicator = :indicator, unit = :unit, direction = :direction,
                            best = :best, reached_on = :reachedOn, version = version + 1
                        where id = :id and version = :version"""), benchmark)
                        .param("version", benchmark.version()).update();
                if (updated == 0) {
                    throw new ConcurrentModification(ENTITY, benchmark.id());
                }
                jdbc.sql("delete from efficiency_benchmark_holder where benchmark_id = :id")
                        .param("id", benchmark.id().value()).update();
            }
            var holders = benchmark.holders();
            for (int position = 0; position < holders.size(); position++) {
                jdbc.sql("insert into efficiency_benchmark_holder (benchmark_id, position, holder)"
                                + " values (:id, :position, :holder)")
                        .param("id", benchmark.id().value()).param("position", position)
                        .param("holder", holders.get(position)).update();
            }
            return benchmark.withVersion(benchmark.version() + 1);
        }));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Benchmark benchmark) {
        return statement.param("id", benchmark.id().value())
                .param("indicator", benchmark.indicator())
                .param("unit", benchmark.unit().name())
                .param("direction", benchmark.direction().name())
                .param("best", benchmark.best())
                .param("reachedOn", benchmark.reachedOn());
    }

    @Override
    public Optional<Benchmark> byId(BenchmarkId id) {
        return benchmarks(" where id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public List<Benchmark> page(PageRequest page) {
        return benchmarks(SqlPage.orderAndLimit(page, SORT_KEYS, "reached_on desc, id"),
                Map.of("limit", page.limit(), "offset", page.offset()));
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from efficiency_benchmark").query(Long.class).single();
    }

    private List<Benchmark> benchmarks(String rest, Map<String, Object> params) {
        var statement = jdbc.sql("select " + COLUMNS + " from efficiency_benchmark" + rest);
        params.forEach(statement::param);
        var rows = statement.query(BenchmarkRow::of).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var holders = new HashMap<UUID, List<String>>();
        jdbc.sql("select benchmark_id, holder from efficiency_benchmark_holder where benchmark_id = any(:ids)"
                        + " order by benchmark_id, position")
                .param("ids", rows.stream().map(BenchmarkRow::id).toArray(UUID[]::new))
                .query(rs -> {
                    holders.computeIfAbsent(rs.getObject("benchmark_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("holder"));
                });
        return rows.stream().map(row -> row.benchmark(holders.getOrDefault(row.id(), List.of()))).toList();
    }

    private record BenchmarkRow(UUID id, String indicator, MetricUnit unit, MetricDirection direction,
                                BigDecimal best, LocalDate reachedOn, long version) {

        static BenchmarkRow of(ResultSet rs, int row) throws SQLException {
            return new BenchmarkRow(rs.getObject("id", UUID.class), rs.getString("indicator"),
                    MetricUnit.valueOf(rs.getString("unit")), MetricDirection.valueOf(rs.getString("direction")),
                    rs.getBigDecimal("best"), rs.getObject("reached_on", LocalDate.class), rs.getLong("version"));
        }

        Benchmark benchmark(List<String> holders) {
            return new Benchmark(new BenchmarkId(id), indicator, unit, direction, best, holders, reachedOn, version);
        }
    }
}
