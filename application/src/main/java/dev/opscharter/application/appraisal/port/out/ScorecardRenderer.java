package dev.opscharter.application.appraisal.port.out;

import dev.opscharter.application.appraisal.ScorecardReport;
import dev.opscharter.application.shared.DocumentFormat;

import java.time.ZoneId;
import java.util.Map;

/** Writes a period's scorecard as a file people take away: a PDF or an Excel workbook, Chinese and English. */
public interface ScorecardRenderer {

    /**
     * @param zone   the organization's time zone, for the times the scorecard names (approval, entries)
     * @param people the person behind each user name kept in a record ("director" → 王建国)
     */
    byte[] render(ScorecardReport report, ZoneId zone, Map<String, String> people, DocumentFormat format);
}
