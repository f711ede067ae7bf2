/** What the screens ask of the team: draw up and record training, record appraisals, read both rates. */
@NullMarked
package dev.opscharter.application.team.port.in;

import org.jspecify.annotations.NullMarked;
