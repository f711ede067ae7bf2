/** What the survey context offers its inbound adapters: campaigns, their results and the respondent's submission. */
@NullMarked
package dev.opscharter.application.survey.port.in;

import org.jspecify.annotations.NullMarked;
