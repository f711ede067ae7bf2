/** The team (issue 16): training plans and appraisal results, and the two rates of the team management indicator. */
@NullMarked
package dev.opscharter.application.team;

import org.jspecify.annotations.NullMarked;
