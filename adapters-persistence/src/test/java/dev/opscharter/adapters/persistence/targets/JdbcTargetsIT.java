package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.adapters.persistence.testing.TestDatabase;
import dev.opscharter.domain.targets.Target;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;

import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.storedMetric;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.storedUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcTargetsIT extends TargetsContract {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcClient application;

    private final JdbcClient owner = JdbcClient.create(TestDatabase.ownerDataSource());

    @Override
    protected TargetStores stores() {
        return TargetStores.of(context);
    }

    @Test
    void a_revision_written_past_the_store_is_refused_by_the_privileges_and_for_the_owner_by_the_trigger() {
        var target = targets().save(Target.set(storedUnit(units()).id(), storedMetric(metrics()).id(), YEAR,
                new BigDecimal("500"), "li.ming", SET));
        var where = " where unit_id = '" + target.unit() + "' and metric_id = '" + target.metric() + "'";

        assertThatThrownBy(() -> application.sql("update target_revision set value = 1" + where).update())
                .rootCause().hasMessageContaining("permission denied for table target_revision");
        assertThatThrownBy(() -> application.sql("delete from target_revision" + where).update())
                .rootCause().hasMessageContaining("permission denied for table target_revision");
        assertThatThrownBy(() -> owner.sql("update target_revision set value = 1" + where).update())
                .rootCause().hasMessageContaining("target_revision is append-only: no update");
        assertThatThrownBy(() -> owner.sql("delete from target_revision" + where).update())
                .rootCause().hasMessageContaining("target_revision is append-only: no delete");
        assertThat(targets().of(target.unit(), target.metric(), YEAR)).contains(target);
    }
}
