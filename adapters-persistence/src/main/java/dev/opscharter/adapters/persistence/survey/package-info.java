/**
 * Persistence of the survey context: campaigns, invitations and the anonymous responses (V21).
 */
@NullMarked
package dev.opscharter.adapters.persistence.survey;

import org.jspecify.annotations.NullMarked;
