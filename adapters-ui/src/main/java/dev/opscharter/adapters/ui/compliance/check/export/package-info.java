/**
 * The inspection report of a compliance check (检查报告) as files people take away: a PDF and an
 * Excel workbook, Chinese and English side by side. {@link InspectionReportFiles} is the application's
 * {@code InspectionReportRenderer}; the check's page offers the files through the
 * {@code InspectionReports} use case, which keeps them with a closed check.
 */
@NullMarked
package dev.opscharter.adapters.ui.compliance.check.export;

import org.jspecify.annotations.NullMarked;
