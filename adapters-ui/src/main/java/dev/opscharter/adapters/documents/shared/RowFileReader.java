package dev.opscharter.adapters.documents.shared;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.shared.port.out.RowFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of rows for every import (execution records, actuals, costs, revenue, respondents), told apart by
 * their first bytes: a zip is an Excel workbook ({@link WorkbookRows}), anything else CSV, plain or gzip
 * ({@link CsvRows}). A file that cannot be read as rows is refused with the keys of its own,
 * {@code imports.refused.*}, which speak of the file, not of what it was meant to hold.
 */
public final class RowFileReader implements RowFiles {

    static final String EMPTY_FILE = ImportRefused.KEYS + "empty-file";

    @Override
    public ImportRows open(Path file, String fileName) {
        try {
            if (WorkbookRows.looksLikeWorkbook(file)) {
                return WorkbookRows.open(file);
            }
            return csv(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
    }

    @Override
    public ImportRows csv(InputStream in) {
        var reader = CsvRows.open(in);
        // refused before the import begins a run: nothing to record for a file with no text at all
        if (reader.isEmpty()) {
            reader.close();
            throw new ImportRefused(1, EMPTY_FILE);
        }
        return reader;
    }
}
