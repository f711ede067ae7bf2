/**
 * What every document shares: fonts, cells, bilingual headings, workbook styles.
 * Files are read and written here behind the application's out-ports; no screen, no Vaadin type.
 */
@NullMarked
package dev.opscharter.adapters.documents.shared;

import org.jspecify.annotations.NullMarked;
