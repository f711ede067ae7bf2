/** The survey use cases (SPEC §3): campaigns, invitations, anonymous responses and their results. */
@NullMarked
package dev.opscharter.application.survey;

import org.jspecify.annotations.NullMarked;
