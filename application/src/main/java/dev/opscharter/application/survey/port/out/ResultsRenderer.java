package dev.opscharter.application.survey.port.out;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.survey.ResultsReport;

/** Writes a campaign's results as a file people take away: a PDF or an Excel workbook, Chinese and English. */
public interface ResultsRenderer {

    byte[] render(ResultsReport report, DocumentFormat format);
}
