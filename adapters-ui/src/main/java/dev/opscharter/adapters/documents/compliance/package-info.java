/**
 * The compliance context's files: the inspection report, the process manual (YAML, workbook) and the execution records read for import.
 * Files are read and written here behind the application's out-ports; no screen, no Vaadin type.
 */
@NullMarked
package dev.opscharter.adapters.documents.compliance;

import org.jspecify.annotations.NullMarked;
