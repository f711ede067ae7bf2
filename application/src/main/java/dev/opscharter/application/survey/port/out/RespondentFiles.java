package dev.opscharter.application.survey.port.out;

import dev.opscharter.application.shared.ImportRows;

import java.nio.file.Path;

/**
 * Reads an uploaded list of respondents as rows: CSV or the first sheet of an Excel workbook, told
 * apart by content. The readers of the execution-record import serve it (with their guards against
 * hostile files); the survey's own, much smaller bounds are the use case's.
 */
@FunctionalInterface
public interface RespondentFiles {

    /**
     * @throws dev.opscharter.application.shared.ImportRefused for a file that cannot be read as rows
     */
    ImportRows open(Path file, String fileName);
}
