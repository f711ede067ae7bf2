package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.adapters.documents.shared.RowFileReader;

import java.nio.file.Path;

/**
 * How fast the reader of execution-record files alone turns a CSV file into rows (no database):
 * every field of every row is touched, five rounds, the best and the median printed. Separates the
 * CSV parser's share of the import ({@link ImportBenchmark}) from the store's.
 *
 * <p>Argument: the CSV file (plain or gzip).
 */
public final class RecordFileReadBenchmark {

    private RecordFileReadBenchmark() {
    }

    public static void main(String[] args) {
        var file = Path.of(args[0]);
        var files = new RowFileReader();
        var seconds = new double[5];
        long rows = 0;
        long checksum = 0;
        for (int round = 0; round < seconds.length; round++) {
            long started = System.nanoTime();
            rows = 0;
            try (var read = files.open(file, file.getFileName().toString())) {
                while (read.next()) {
                    for (int i = 0; i < read.fieldCount(); i++) {
                        checksum += read.field(i).length();
                    }
                    rows++;
                }
            }
            seconds[round] = (System.nanoTime() - started) / 1e9;
            System.out.printf("round %d: %,d rows in %.2f s: %,.0f rows/s%n", round + 1, rows, seconds[round],
                    rows / seconds[round]);
        }
        java.util.Arrays.sort(seconds);
        System.out.printf("best %,.0f rows/s, median %,.0f rows/s (checksum %d)%n", rows / seconds[0],
                rows / seconds[seconds.length / 2], checksum);
    }
}
