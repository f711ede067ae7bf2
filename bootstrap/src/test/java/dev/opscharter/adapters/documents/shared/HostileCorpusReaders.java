package dev.opscharter.adapters.documents.shared;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.compliance.ManualFileRejected;
import dev.opscharter.adapters.documents.compliance.ProcessManualWorkbook;
import dev.opscharter.adapters.documents.compliance.ProcessManualYaml;
import dev.opscharter.application.shared.ImportRows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads every file of the hostile corpus with the upload readers, in a JVM of its own started with a
 * small heap by {@link HostileReadersSmallHeapTest}: a reader that allocated in proportion to a
 * hostile number (a column index, a declared size, an inflated bomb) would end this JVM with an
 * OutOfMemoryError. Prints one line per file ({@code file<TAB>outcome}) and the peak heap used.
 */
public final class HostileCorpusReaders {

    private HostileCorpusReaders() {
    }

    public static void main(String[] args) throws IOException {
        var corpus = Path.of(args[0]);
        for (var line : Files.readAllLines(corpus.resolve("corpus.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var field = line.split("\t");
            var file = corpus.resolve(field[0]);
            System.out.println(field[0] + "\t" + (field[1].equals("records") ? records(file) : manual(file)));
        }
        var header = "case_id,process_code,step_code,actor_role,occurred_at\n".getBytes(StandardCharsets.UTF_8);
        var hundredMegabytes = new SequenceInputStream(new ByteArrayInputStream(header), new InputStream() {
            private long left = 100L << 20;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        });
        System.out.println("records/100mb-line.csv\t" + rows(CsvRows.open(hundredMegabytes)));
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println("peak-heap-mb\t" + (peak >> 20) + "\tmax-heap-mb\t" + (Runtime.getRuntime().maxMemory() >> 20));
    }

    private static String records(Path file) throws IOException {
        if (WorkbookRows.looksLikeWorkbook(file)) {
            try {
                return rows(WorkbookRows.open(file));
            } catch (ImportRefused refused) {
                return refused.messageKey();
            }
        }
        return rows(CsvRows.open(Files.newInputStream(file)));
    }

    private static String rows(ImportRows rows) {
        try (rows) {
            long count = 0;
            while (rows.next()) {
                count++;
            }
            return "read " + count + " rows";
        } catch (ImportRefused refused) {
            return refused.messageKey();
        }
    }

    private static String manual(Path file) throws IOException {
        var bytes = Files.readAllBytes(file);
        try {
            var zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
            var processes = zip ? ProcessManualWorkbook.read(bytes) : ProcessManualYaml.read(bytes);
            return "read " + processes.size() + " processes";
        } catch (ManualFileRejected rejected) {
            return rejected.problems().getFirst().messageKey();
        }
    }
}
