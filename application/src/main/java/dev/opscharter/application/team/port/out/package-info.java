/** Where the training plans and appraisal results are kept. */
@NullMarked
package dev.opscharter.application.team.port.out;

import org.jspecify.annotations.NullMarked;
