/**
 * The collaboration context's stores in PostgreSQL (V37): meeting series and meetings with their action items,
 * cross-department projects with their parts and milestones, conflicts and the standing resolution plans, and the
 * once-a-day log of milestone escalations.
 */
@NullMarked
package dev.opscharter.adapters.persistence.collaboration;

import org.jspecify.annotations.NullMarked;
