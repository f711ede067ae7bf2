/**
 * Inviting a campaign's respondents (the directory with exclusions, or an uploaded list) and the route
 * a signed-in invitee's inbox entry leads to, which hands them a fresh link of their own invitation.
 */
@NullMarked
package dev.opscharter.adapters.ui.survey.invite;

import org.jspecify.annotations.NullMarked;
