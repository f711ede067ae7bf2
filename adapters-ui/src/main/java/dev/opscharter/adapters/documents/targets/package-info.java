/** The targets' documents: the weekly operations data report as a PDF with its chart and as a workbook. */
@NullMarked
package dev.opscharter.adapters.documents.targets;

import org.jspecify.annotations.NullMarked;
