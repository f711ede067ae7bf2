package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.SubmissionGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link Submissions} in {@code survey_submission} (V22): only inserted and read. Adding is one insert
 * that ignores a conflict on the guard: of two concurrent ones PostgreSQL makes the second wait for the
 * first one's transaction and then skip the row, so the row count tells each caller whether it won.
 */
@Component
class JdbcSubmissions implements Submissions {

    private final JdbcClient jdbc;

    JdbcSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In the caller's transaction, which the guard must share with the responses it stands for. A campaign
     * closed since the caller read it adds nothing (false, as for a link answered): the trigger of V22 would
     * refuse the row with an error, which would abort the transaction and show the respondent a failure.
     */
    @Override
    public boolean add(SubmissionGuard guard, CampaignId campaign, DepartmentId department) {
        return jdbc.sql("""
                        insert into survey_submission (guard, campaign_id, department_id)
                        select :guard, :campaign, :department
                        where exists (select 1 from survey_campaign where id = :campaign and state = 'OPEN')
                        on conflict (guard) do nothing""")
                .param("guard", guard.value())
                .param("campaign", campaign.value())
                .param("department", department.value())
                .update() == 1;
    }

    @Override
    public Set<SubmissionGuard> existing(CampaignId campaign, Collection<SubmissionGuard> guards) {
        if (guards.isEmpty()) {
            return Set.of();
        }
        var found = new HashSet<SubmissionGuard>();
        jdbc.sql("select guard from survey_submission where campaign_id = :campaign and guard in (:guards)")
                .param("campaign", campaign.value())
                .param("guards", guards.stream().map(SubmissionGuard::value).distinct().toList())
                .query(rs -> {
                    found.add(new SubmissionGuard(rs.getString("guard")));
                });
        return found;
    }

    @Override
    public Map<DepartmentId, Long> answered(CampaignId campaign) {
        return DepartmentCounts.of(jdbc, "survey_submission", campaign);
    }
}
