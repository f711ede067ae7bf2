package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.MonthlyReviews;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.CharterCitation;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.MetricId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monthly reviews in PostgreSQL. */
@PersistenceIntegrationTest
class JdbcMonthlyReviewsIT extends MonthlyReviewsContract {

    @Autowired
    private MonthlyReviews reviews;
    @Autowired
    private WorkItems workItems;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private BusinessUnits units;
    @Autowired
    private Metrics metrics;

    @Override
    protected BusinessUnitId unit() {
        return TargetsFixtures.storedUnit(units).id();
    }

    @Override
    protected MetricId metric() {
        return TargetsFixtures.storedMetric(metrics).id();
    }

    @Override
    protected MonthlyReviews reviews() {
        return reviews;
    }

    @Override
    protected UUID workItem() {
        var item = WorkItem.reconstitute(WorkItemId.random(), WorkItemKind.ACTION, "复盘措施", "",
                new DutyType("OPERATIONS_STRATEGY"), new BoundaryDecision.Own(new CharterCitation(1,
                        "BUSINESS_COORDINATION", new BilingualName("业务运营统筹", "Coordination"), "制定运营策略",
                        "Operations strategy")),
                WorkItemStatus.OPEN, "王运营", AT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "", 0);
        return workItems.save(item).id().value();
    }

    @Test
    void the_database_keeps_a_closed_review_as_it_is() {
        var closed = reviews.save(opened(freshMonth(), List.of()).close(MANAGER, AT));

        assertThatThrownBy(() -> jdbc.sql("update target_monthly_review set opened_by = 'x' where id = :id")
                .param("id", closed.id().value()).update()).hasMessageContaining("is closed");
        assertThatThrownBy(() -> jdbc.sql("delete from target_monthly_review where id = :id")
                .param("id", closed.id().value()).update()).hasMessageContaining("is closed");
    }
}
