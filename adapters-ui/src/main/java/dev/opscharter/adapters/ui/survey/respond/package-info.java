/**
 * The respondent's page {@code /s/<token>}: a session-less inbound adapter of plain HTML (a Spring MVC
 * controller, no Vaadin), calling the survey context's in-ports like the screens do.
 */
@NullMarked
package dev.opscharter.adapters.ui.survey.respond;

import org.jspecify.annotations.NullMarked;
