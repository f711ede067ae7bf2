package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.CharterCitation;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcWorkItemsIT extends WorkItemsContract {

    @Autowired
    private WorkItems workItems;

    @Override
    protected WorkItems workItems() {
        return workItems;
    }

    @Test
    void an_item_handed_to_a_department_that_does_not_exist_is_refused() {
        var citation = new CharterCitation(1, "EFFICIENCY_OPTIMIZATION", new BilingualName("效率优化管理", "Efficiency"),
                "系统开发建设", "System development");
        var item = WorkItem.reconstitute(WorkItemId.random(), WorkItemKind.TASK, "无主任务", "",
                new DutyType("SYSTEM_DEVELOPMENT"),
                new BoundaryDecision.Redirect(DepartmentId.random(), citation, Optional.empty()),
                WorkItemStatus.HANDED_OVER, "王运营", Instant.parse("2026-07-01T00:00:00Z"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "", 0);

        assertThatThrownBy(() -> workItems.save(item)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(workItems.byId(item.id())).isEmpty();
    }

    @Test
    void instants_are_kept_to_the_microsecond_and_save_returns_what_a_load_returns() {
        var item = WorkItem.reconstitute(WorkItemId.random(), WorkItemKind.ACTION, "纳秒时间", "",
                new DutyType("OPERATIONS_STRATEGY"), new BoundaryDecision.Own(new CharterCitation(1,
                        "BUSINESS_COORDINATION", new BilingualName("业务运营统筹", "Coordination"), "制定运营策略",
                        "Operations strategy")),
                WorkItemStatus.OPEN, "王运营", Instant.parse("2026-07-01T00:00:00.123456789Z"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "", 0);

        var saved = workItems.save(item);

        assertThat(saved.raisedAt()).isEqualTo(Instant.parse("2026-07-01T00:00:00.123456Z"));
        assertThat(workItems.byId(item.id())).contains(saved);
    }
}
