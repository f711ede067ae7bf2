/**
 * The team (团队管理, SPEC §5 "Team", issue 16): the yearly training plan with its courses, who must attend them,
 * their attendance and completion with evidence; each person's appraisal result per quarter. The people themselves,
 * their core-staff flag and departures are the organization context's. Training plan completion and the team
 * appraisal pass rate are computed here.
 */
@NullMarked
package dev.opscharter.domain.team;

import org.jspecify.annotations.NullMarked;
