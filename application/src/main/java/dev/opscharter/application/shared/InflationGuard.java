package dev.opscharter.application.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * The bytes an uploaded file inflates to, counted as they are read: a zip or gzip bomb is stopped by
 * what it actually decompresses to, never by the sizes it declares. Past {@link #FLOOR} bytes the
 * inflated stream may be at most {@link #MAX_RATIO} times the compressed bytes read so far (ordinary
 * text and sheets compress 5 to 20 times; a bomb a thousand times), and never more than the reader's
 * own maximum. Either limit ends the read with {@link Exceeded}, which the reader turns into its
 * refusal with the line it was at.
 */
public final class InflationGuard extends FilterInputStream {

    /** Inflated bytes per compressed byte a file may reach (beyond the floor). */
    public static final int MAX_RATIO = 100;
    /** Below this many inflated bytes any ratio is fine: small files of repeated text compress well. */
    public static final long FLOOR = 16L << 20;

    private static final LongSupplier UNCOMPRESSED = () -> Long.MAX_VALUE / MAX_RATIO;

    private final LongSupplier compressed;
    private final long maxBytes;
    private long count;

    private InflationGuard(InputStream inflated, LongSupplier compressed, long maxBytes) {
        super(inflated);
        this.compressed = compressed;
        this.maxBytes = maxBytes;
    }

    /** @param compressed the compressed bytes read so far (of the file, or of the zip entry) */
    public static InflationGuard inflated(InputStream inflated, LongSupplier compressed, long maxBytes) {
        return new InflationGuard(inflated, compressed, maxBytes);
    }

    /** A stream that is not compressed: only the maximum size applies. */
    public static InflationGuard plain(InputStream in, long maxBytes) {
        return new InflationGuard(in, UNCOMPRESSED, maxBytes);
    }

    /** Bytes read through this stream. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping inflates too: read through the counter
        var buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long left = n;
        while (left > 0) {
            int read = read(buffer, 0, (int) Math.min(left, buffer.length));
            if (read < 0) {
                break;
            }
            left -= read;
        }
        return n - Math.max(left, 0);
    }

    private void counted(int n) {
        count += n;
        if (count > maxBytes) {
            throw new Exceeded(Limit.SIZE, maxBytes);
        }
        if (count > FLOOR && count > compressed.getAsLong() * MAX_RATIO) {
            throw new Exceeded(Limit.RATIO, MAX_RATIO);
        }
    }

    public enum Limit { SIZE, RATIO }

    /** The file inflates past a limit; {@code limit} is the number it passed (bytes or a ratio). */
    public static final class Exceeded extends RuntimeException {

        private final Limit which;
        private final long limit;

        Exceeded(Limit which, long limit) {
            super("inflated past the " + which + " limit " + limit);
            this.which = which;
            this.limit = limit;
        }

        public Limit which() {
            return which;
        }

        public long limit() {
            return limit;
        }
    }
}
