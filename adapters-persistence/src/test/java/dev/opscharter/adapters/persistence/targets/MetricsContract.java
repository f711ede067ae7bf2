package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.Test;

import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.code;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.metric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Metrics} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class MetricsContract {

    protected abstract TargetStores stores();

    protected final Metrics metrics() {
        return stores().metrics();
    }

    @Test
    void every_aggregation_is_read_back_as_saved_a_ratio_with_its_two_metrics() {
        var orders = metrics().save(metric(code("ORDERS"), Aggregation.SUM));
        var repeat = metrics().save(metric(code("REPEAT"), Aggregation.SUM));
        var score = metrics().save(metric(code("SCORE"), Aggregation.AVERAGE));
        var users = metrics().save(metric(code("USERS"), Aggregation.LAST));
        var rate = metrics().save(Metric.create(code("RATE"), new BilingualName("复购率", "Repurchase rate"),
                MetricUnit.PERCENT, MetricDirection.LOWER_IS_BETTER, new Aggregation.Ratio(repeat.id(), orders.id()),
                true, false));

        for (var metric : new Metric[] {orders, score, users, rate}) {
            assertThat(metrics().byId(metric.id())).contains(metric);
        }
        assertThat(rate.version()).isEqualTo(1);
        assertThat(metrics().byCode(rate.code()).orElseThrow().aggregation())
                .isEqualTo(new Aggregation.Ratio(repeat.id(), orders.id()));
    }

    @Test
    void a_change_moves_the_version_on_and_a_stale_one_is_refused() {
        var saved = metrics().save(metric(code("M"), Aggregation.SUM));
        var changed = metrics().save(withAggregation(saved, Aggregation.AVERAGE));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(metrics().byId(saved.id())).contains(changed);
        assertThatThrownBy(() -> metrics().save(withAggregation(saved, Aggregation.LAST)))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> metrics().save(new Metric(saved.id(), saved.code(), saved.name(), saved.unit(),
                saved.direction(), saved.aggregation(), saved.key(), saved.core(), 0)))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(metrics().byId(saved.id())).contains(changed);
    }

    @Test
    void a_code_another_metric_holds_is_refused() {
        var taken = metrics().save(metric(code("M"), Aggregation.SUM)).code();

        assertThatThrownBy(() -> metrics().save(metric(taken, Aggregation.LAST)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("validation.targets.metric-code-taken");
                    assertThat(e.arguments()).containsExactly(taken);
                });
    }

    @Test
    void all_metrics_come_by_code() {
        var prefix = code("A");
        var second = metrics().save(metric(prefix + "_2", Aggregation.SUM));
        var first = metrics().save(metric(prefix + "_1", Aggregation.SUM));

        assertThat(metrics().all().stream().filter(m -> m.code().startsWith(prefix))).containsExactly(first, second);
    }

    private static Metric withAggregation(Metric m, Aggregation aggregation) {
        return new Metric(m.id(), m.code(), m.name(), m.unit(), m.direction(), aggregation, m.key(), m.core(),
                m.version());
    }
}
