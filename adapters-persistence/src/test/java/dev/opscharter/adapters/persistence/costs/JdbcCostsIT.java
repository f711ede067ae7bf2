package dev.opscharter.adapters.persistence.costs;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.costs.port.out.BudgetChanges;
import dev.opscharter.application.costs.port.out.ChannelRevenues;
import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.costs.port.out.RoiFlags;
import dev.opscharter.domain.charter.WorkItemId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcCostsIT extends CostsContract {

    @Autowired
    private Channels channels;
    @Autowired
    private MonthlyCosts costs;
    @Autowired
    private ChannelRevenues revenues;
    @Autowired
    private BudgetChanges budgetChanges;
    @Autowired
    private RoiFlags flags;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected Channels channels() {
        return channels;
    }

    @Override
    protected MonthlyCosts costs() {
        return costs;
    }

    @Override
    protected ChannelRevenues revenues() {
        return revenues;
    }

    @Override
    protected BudgetChanges budgetChanges() {
        return budgetChanges;
    }

    @Override
    protected RoiFlags flags() {
        return flags;
    }

    /** A work item of Operations' own, as the charter's store writes one (its fields are not this context's). */
    @Override
    protected WorkItemId workItem() {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into work_item (id, kind, title, duty_type, involvement, charter_version,
                            citation_dimension_code, citation_dimension_name_zh, citation_dimension_name_en,
                            citation_text_zh, citation_text_en, status, raised_by, raised_at, version)
                        values (:id, 'TASK', 'ROI < 1', 'OPERATIONS_STRATEGY', 'OWN', 1, 'BUSINESS_COORDINATION',
                            '业务运营统筹', 'Business operations coordination', '制定运营策略', 'Operations strategy',
                            'OPEN', 'test', now(), 1)""")
                .param("id", id).update();
        return new WorkItemId(id);
    }

    @Test
    void the_database_refuses_a_negative_amount_and_a_month_not_on_its_first_day() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into cost_monthly (id, month, cost_type, amount, note, version)
                values (gen_random_uuid(), date '2031-03-01', 'OTHER', -1, '', 1)""").update())
                .hasMessageContaining("cost_monthly_amount_range");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into cost_monthly (id, month, cost_type, amount, note, version)
                values (gen_random_uuid(), date '2031-03-02', 'OTHER', 1, '', 1)""").update())
                .hasMessageContaining("cost_monthly_month_first_day");
    }
}
