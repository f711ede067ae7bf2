/**
 * Rectification (整改): the corrective actions of compliance findings, their lifecycle and evidence.
 */
@NullMarked
package dev.opscharter.adapters.ui.compliance.rectification;

import org.jspecify.annotations.NullMarked;
