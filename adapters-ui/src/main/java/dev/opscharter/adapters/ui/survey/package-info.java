/**
 * Collaboration satisfaction surveys for the people who run and read them: the campaigns, their
 * editor and lifecycle, the live response rates and the results with the trend over quarters.
 */
@NullMarked
package dev.opscharter.adapters.ui.survey;

import org.jspecify.annotations.NullMarked;
