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
 * Files of execution records, told apart by their first bytes: a zip is an Excel workbook
 * ({@link WorkbookRows}), anything else CSV, plain or gzip ({@link CsvRows}).
 */
public final class RowFileReader implements RowFiles {

    static final String EMPTY_FILE = "compliance.records.refused.empty-file";

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
