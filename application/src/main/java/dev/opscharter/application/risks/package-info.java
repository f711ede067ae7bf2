/** The risk register's use cases (SPEC §5 "Risk register", issue 15): risks, key risk indicators, reviews. */
@NullMarked
package dev.opscharter.application.risks;

import org.jspecify.annotations.NullMarked;
