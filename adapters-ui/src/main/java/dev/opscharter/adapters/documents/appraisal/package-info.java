/**
 * The appraisal context's files: the scorecard as PDF and workbook.
 * Files are read and written here behind the application's out-ports; no screen, no Vaadin type.
 */
@NullMarked
package dev.opscharter.adapters.documents.appraisal;

import org.jspecify.annotations.NullMarked;
