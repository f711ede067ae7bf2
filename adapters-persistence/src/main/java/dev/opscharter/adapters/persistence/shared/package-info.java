/** The audit trail, the transaction boundary and what every adapter shares when it saves. */
@NullMarked
package dev.opscharter.adapters.persistence.shared;

import org.jspecify.annotations.NullMarked;
