/**
 * What the file exports of every context share: the PDF fonts with Chinese glyphs and the table
 * cells of the PDF reports.
 */
@NullMarked
package dev.opscharter.adapters.ui.shared.export;

import org.jspecify.annotations.NullMarked;
