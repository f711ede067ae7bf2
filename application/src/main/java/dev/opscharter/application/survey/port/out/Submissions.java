package dev.opscharter.application.survey.port.out;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.SubmissionGuard;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The guards of the invitations answered (see {@link SubmissionGuard}): added with the responses, in
 * their transaction, never changed nor removed. A guard is stored with its campaign and the department
 * the respondent answered for, and nothing else — no time, no invitation — so the row written together
 * with a response leads nowhere without the key.
 */
public interface Submissions {

    /**
     * Adds the guard unless it is stored: true for exactly one caller however many try at once (a
     * second insert waits for the first one's transaction and then finds the guard taken), false for
     * every other. In the caller's transaction; the store may answer false for a campaign that is not
     * open (closed since the caller read it).
     */
    boolean add(SubmissionGuard guard, CampaignId campaign, DepartmentId department);

    /** Those of {@code guards} the campaign holds: which of some invitations were answered. */
    Set<SubmissionGuard> existing(CampaignId campaign, Collection<SubmissionGuard> guards);

    /** Per department that answered: how many of its invitations were. */
    Map<DepartmentId, Long> answered(CampaignId campaign);
}
