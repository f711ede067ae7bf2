package dev.opscharter.application.survey.fakes;

import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.SubmissionGuard;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Submission guards in memory. {@link #add} is the JDBC adapter's insert that ignores a conflict:
 * under the lock, so of any number of threads adding one guard exactly one gets {@code true}.
 */
public final class InMemorySubmissions implements Submissions {

    private final Map<SubmissionGuard, Row> rows = new HashMap<>();

    @Override
    public synchronized boolean add(SubmissionGuard guard, CampaignId campaign, DepartmentId department) {
        return rows.putIfAbsent(guard, new Row(campaign, department)) == null;
    }

    @Override
    public synchronized Set<SubmissionGuard> existing(CampaignId campaign, Collection<SubmissionGuard> guards) {
        return guards.stream().filter(g -> rows.containsKey(g) && rows.get(g).campaign().equals(campaign))
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized Map<DepartmentId, Long> answered(CampaignId campaign) {
        return rows.values().stream().filter(row -> row.campaign().equals(campaign))
                .collect(Collectors.groupingBy(Row::department, Collectors.counting()));
    }

    /** How many invitations were answered, of every campaign: what a test counts instead of looking at who. */
    public synchronized long count() {
        return rows.size();
    }

    private record Row(CampaignId campaign, DepartmentId department) {
    }
}
