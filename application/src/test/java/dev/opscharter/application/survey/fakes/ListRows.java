package dev.opscharter.application.survey.fakes;

import dev.opscharter.application.shared.ImportRows;

import java.util.Arrays;
import java.util.List;

/** Rows from lines of comma-separated text (no quotes): an uploaded file as the readers hand it over. */
public final class ListRows implements ImportRows {

    private final List<String[]> rows;
    private int current = -1;
    private boolean closed;

    public ListRows(List<String> lines) {
        this.rows = lines.stream().map(line -> line.split(",", -1)).toList();
    }

    public static ListRows of(String... lines) {
        return new ListRows(Arrays.asList(lines));
    }

    @Override
    public boolean next() {
        return ++current < rows.size();
    }

    @Override
    public long line() {
        return current + 1L;
    }

    @Override
    public int fieldCount() {
        return rows.get(current).length;
    }

    @Override
    public String field(int index) {
        return rows.get(current)[index];
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean closed() {
        return closed;
    }
}
