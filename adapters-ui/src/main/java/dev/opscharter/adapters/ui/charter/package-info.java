/**
 * The responsibility charter in the UI: the charter matrix and its versions, the work-item register
 * routed by the charter, and the boundary page (what went to which department, what waits for whose
 * sign-off). The rules stay in the domain; these views show what the use cases decide.
 */
@NullMarked
package dev.opscharter.adapters.ui.charter;

import org.jspecify.annotations.NullMarked;
