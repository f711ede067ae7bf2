package dev.opscharter.adapters.persistence.compliance;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.InputStream;
import java.util.UUID;

/**
 * The payload of one chunk of deviating cases as a stream read a slice at a time with SQL
 * ({@code substring} of the stored, uncompressed {@code bytea}): the chunk of a case with a million
 * deviations is tens of megabytes, which a reader should not have to hold — nor the driver twice over.
 */
final class PayloadSlices extends InputStream {

    static final int SLICE = 1 << 20;

    private final JdbcClient jdbc;
    private final UUID run;
    private final String processCode;
    private final int chunk;
    private byte[] slice = new byte[0];
    private int position;
    /** 1-based position in the payload of the next slice, as SQL counts. */
    private int next = 1;
    private boolean ended;

    PayloadSlices(JdbcClient jdbc, UUID run, String processCode, int chunk) {
        this.jdbc = jdbc;
        this.run = run;
        this.processCode = processCode;
        this.chunk = chunk;
    }

    @Override
    public int read() {
        if (!available(1)) {
            return -1;
        }
        return slice[position++] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!available(1)) {
            return -1;
        }
        int n = Math.min(length, slice.length - position);
        System.arraycopy(slice, position, target, offset, n);
        position += n;
        return n;
    }

    private boolean available(int wanted) {
        if (slice.length - position >= wanted) {
            return true;
        }
        if (ended) {
            return false;
        }
        slice = jdbc.sql("""
                        select substring(payload from :from for :length)
                        from compliance_check_case_chunk
                        where run_id = :run and process_code = :process and chunk = :chunk""")
                .param("from", next)
                .param("length", SLICE)
                .param("run", run)
                .param("process", processCode)
                .param("chunk", chunk)
                .query(byte[].class)
                .single();
        position = 0;
        next += slice.length;
        ended = slice.length < SLICE;
        return slice.length > 0;
    }
}
