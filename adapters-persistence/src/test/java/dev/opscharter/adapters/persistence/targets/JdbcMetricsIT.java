package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.MetricId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.code;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.metric;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcMetricsIT extends MetricsContract {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected TargetStores stores() {
        return TargetStores.of(context);
    }

    @Test
    void the_database_refuses_a_ratio_of_a_metric_it_does_not_hold_or_a_ratio_without_its_metrics() {
        var orders = metrics().save(metric(code("M"), Aggregation.SUM));

        assertThatThrownBy(() -> metrics().save(metric(code("R"), new Aggregation.Ratio(MetricId.random(), orders.id()))))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("target_metric_numerator_fk");
        assertThatThrownBy(() -> jdbc.sql("update target_metric set aggregation = 'RATIO' where id = :id")
                .param("id", orders.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("target_metric_ratio_operands");
    }
}
