/**
 * The responsibility charter: duty dimensions, the duties Operations owns, the work it only
 * participates in and the work it must hand to another department, versioned; the boundary policy
 * that routes every work item by it, and the work items themselves.
 */
@NullMarked
package dev.opscharter.domain.charter;

import org.jspecify.annotations.NullMarked;
