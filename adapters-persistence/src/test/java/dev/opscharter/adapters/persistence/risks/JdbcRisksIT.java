package dev.opscharter.adapters.persistence.risks;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.risks.port.out.RiskFigures;
import dev.opscharter.application.risks.port.out.RiskReviews;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.MetricId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcRisksIT extends RisksContract {

    @Autowired
    private Risks risks;
    @Autowired
    private RiskFigures figures;
    @Autowired
    private RiskReviews reviews;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected Risks risks() {
        return risks;
    }

    @Override
    protected RiskFigures figures() {
        return figures;
    }

    @Override
    protected RiskReviews reviews() {
        return reviews;
    }

    /** A metric as the targets' store writes one (its fields are not this context's). */
    @Override
    protected MetricId metric() {
        var id = UUID.randomUUID();
        var code = "RISK_" + id.toString().substring(0, 8).toUpperCase();
        jdbc.sql("""
                        insert into target_metric (id, code, name_zh, name_en, unit, direction, aggregation,
                            key_indicator, core, version)
                        values (:id, :code, '库存天数', 'Stock cover', 'COUNT', 'HIGHER_IS_BETTER', 'AVERAGE',
                            false, false, 1)""")
                .param("id", id).param("code", code).update();
        return new MetricId(id);
    }

    @Test
    void the_database_refuses_a_rating_off_the_matrix_a_closed_risk_without_resolution_and_rewriting_history() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into risk (id, code, title, category, owner, likelihood, impact, controls, contingency_plan,
                    status, created_by, created_at, version)
                values (gen_random_uuid(), 'R-OFF', 't', 'c', 'o', 6, 1, '', '', 'OPEN', 'm', now(), 1)""").update())
                .hasMessageContaining("risk_rating_range");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into risk (id, code, title, category, owner, likelihood, impact, controls, contingency_plan,
                    status, created_by, created_at, version)
                values (gen_random_uuid(), 'R-SHUT', 't', 'c', 'o', 1, 1, '', '', 'CLOSED', 'm', now(), 1)""")
                .update()).hasMessageContaining("risk_resolved_as_status");
        var manager = Actor.user("manager", Set.of(Role.OPS_MANAGER));
        var rerated = risks.save(Risk.identify("R-" + UUID.randomUUID().toString().substring(0, 8), "t", "c", "o", new RiskRating(1, 1), "", "",
                manager, Instant.now()).rerate(new RiskRating(2, 2), "why", manager, Instant.now()));
        assertThatThrownBy(() -> jdbc.sql("update risk_rerating set reason = 'rewritten' where risk_id = :id")
                .param("id", rerated.id().value()).update())
                .rootCause().hasMessageContaining("permission denied for table risk_rerating");
    }
}
