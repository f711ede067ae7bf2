/** Cross-department collaboration's use cases (SPEC §5 "Cross-department collaboration", issue 16). */
@NullMarked
package dev.opscharter.application.collaboration;

import org.jspecify.annotations.NullMarked;
