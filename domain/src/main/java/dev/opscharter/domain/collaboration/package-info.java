/**
 * Cross-department collaboration (跨部门协同, SPEC §5, issue 16): recurring meetings whose minutes produce action
 * items routed by the charter, cross-department projects and launches with each department's responsibility and
 * milestones, and the conflict register with its standing resolution plans.
 */
@NullMarked
package dev.opscharter.domain.collaboration;

import org.jspecify.annotations.NullMarked;
