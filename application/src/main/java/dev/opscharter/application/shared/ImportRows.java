package dev.opscharter.application.shared;

/**
 * Rows of text fields read one at a time, whatever their source (a CSV file, a workbook, another
 * system); the first row is the header. Read by the import of execution records.
 */
public interface ImportRows extends AutoCloseable {

    // The limits of every source of rows (CSV, gzip, workbook): a hostile file is refused by the first
    // it passes, naming that limit and where, and no reader ever holds more than one row of them.
    /** Characters in one field or cell. */
    int MAX_FIELD_LENGTH = 65_536;
    /** Fields in one record, or columns of a row: a cell further right (a reference such as XFD1) is refused. */
    int MAX_FIELDS = 1_000;
    /** Characters in one record (a line, or a row of cells). */
    int MAX_RECORD_LENGTH = 1 << 20;
    /** Rows (events) in one file. */
    long MAX_ROWS = 50_000_000L;
    /** Bytes of the file once decompressed (the CSV text, or a workbook's sheet XML). */
    long MAX_UNCOMPRESSED_BYTES = 4L << 30;

    /** Advances to the next row; {@code false} after the last one. */
    boolean next();

    /** Where the current row is in its source, as its users number lines or rows (1-based). */
    long line();

    int fieldCount();

    /** A field of the current row, {@code 0 <= index < fieldCount()}; an empty cell is "". */
    String field(int index);

    /** How far into the source (in bytes of the file as given) reading got, for the progress. */
    long bytesRead();

    @Override
    void close();
}
