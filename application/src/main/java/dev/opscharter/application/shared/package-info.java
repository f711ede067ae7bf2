/** What every use case shares: access checks, the errors a caller must handle, the audit trail. */
@NullMarked
package dev.opscharter.application.shared;

import org.jspecify.annotations.NullMarked;
