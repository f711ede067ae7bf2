package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.CampaignId;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Rows of a campaign per department: the invited and the answered of the response rate. */
final class DepartmentCounts {

    private DepartmentCounts() {
    }

    /** @param table one of this package's tables with {@code campaign_id} and {@code department_id}, never input */
    static Map<DepartmentId, Long> of(JdbcClient jdbc, String table, CampaignId campaign) {
        var counts = new LinkedHashMap<DepartmentId, Long>();
        jdbc.sql("select department_id, count(*) as n from " + table
                        + " where campaign_id = :campaign group by department_id order by department_id")
                .param("campaign", campaign.value())
                .query(rs -> {
                    counts.put(new DepartmentId(rs.getObject("department_id", UUID.class)), rs.getLong("n"));
                });
        return counts;
    }
}
