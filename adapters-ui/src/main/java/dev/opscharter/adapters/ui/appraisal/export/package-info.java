/**
 * The scorecard as files people take away: an Excel workbook and a PDF report, both bilingual
 * (Chinese and English side by side), plus the texts they share with the views.
 */
@NullMarked
package dev.opscharter.adapters.ui.appraisal.export;

import org.jspecify.annotations.NullMarked;
