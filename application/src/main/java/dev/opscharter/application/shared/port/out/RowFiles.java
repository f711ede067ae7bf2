package dev.opscharter.application.shared.port.out;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads files of execution records as rows (SPEC §4): CSV, plain or gzip-compressed, or the first
 * sheet of an Excel workbook, each recognised by its content, never by its name. Every reader guards
 * against hostile files by the limits of {@code ImportExecutionRecords} and refuses a file that breaks
 * one, or is not in the format, with an {@link ImportRefused} naming the line.
 */
public interface RowFiles {

    /**
     * @param fileName the name it was uploaded under, for messages only
     * @throws ImportRefused for an empty file or one that cannot be read as rows at all
     */
    ImportRows open(Path file, String fileName);

    /**
     * CSV from a stream (closed with the rows), plain or gzip-compressed.
     *
     * @throws ImportRefused for an empty stream
     */
    ImportRows csv(InputStream in);
}
