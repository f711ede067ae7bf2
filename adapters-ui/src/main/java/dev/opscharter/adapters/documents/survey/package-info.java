/** The survey results as files: an Excel workbook and a PDF report, Chinese and English side by side. */
@NullMarked
package dev.opscharter.adapters.documents.survey;

import org.jspecify.annotations.NullMarked;
