/**
 * The compliance checks (流程合规性检查) on screen: the list of checks with the "Run check" dialog,
 * a check's results with a chart per process, and one case on a timeline with each deviation in words.
 */
@NullMarked
package dev.opscharter.adapters.ui.compliance.check;

import org.jspecify.annotations.NullMarked;
