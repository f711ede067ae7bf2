package dev.opscharter.adapters.documents.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text of an upload, strictly: a leading BOM is skipped, and bytes that are not UTF-8 end the
 * text with {@link NotUtf8} only once the characters before them have been handed out, so the
 * parser has read every line before them and the refusal can name the line they are on
 * ({@link #line()}). Counts the quotes handed out, for telling an unterminated quote at the end.
 */
final class StrictUtf8 extends Reader {

    final CountingInputStream source;
    private final InputStream input;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean inputEnded;
    private boolean badBytesAhead;
    private boolean drained;
    private boolean started;
    private int peeked = -2;
    private long breaks;
    private boolean afterCr;
    private long quotes;

    StrictUtf8(InputStream input, CountingInputStream source) {
        this.input = input;
        this.source = source;
    }

    /** The line (1-based) of the next character to be handed out. */
    long line() {
        return breaks + 1;
    }

    long quotes() {
        return quotes;
    }

    /** Whether every character of the text has been handed out. */
    boolean ended() {
        return drained && peeked < 0;
    }

    /** Whether there is no text at all (a BOM at most); reads one character ahead. */
    boolean isEmpty() throws IOException {
        if (peeked == -2) {
            var one = new char[1];
            int n = decode(one, 0, 1);
            peeked = n < 0 ? -1 : one[0];
        }
        return peeked == -1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n;
        if (peeked >= 0) {
            buffer[offset] = (char) peeked;
            peeked = -3;
            int more = 0;
            try {
                more = length > 1 ? decode(buffer, offset + 1, length - 1) : 0;
            } catch (NotUtf8 ahead) {
                badBytesAhead = true; // hand out the character before them first
            }
            n = 1 + Math.max(more, 0);
        } else if (peeked == -1) {
            return -1;
        } else {
            n = decode(buffer, offset, length);
        }
        if (n > 0) {
            count(buffer, offset, n);
        }
        return n;
    }

    private void count(char[] buffer, int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '"') {
                quotes++;
            } else if (c == '\r') {
                breaks++;
            } else if (c == '\n' && !afterCr) {
                breaks++;
            }
            afterCr = c == '\r';
        }
    }

    private int decode(char[] buffer, int offset, int length) throws IOException {
        if (badBytesAhead) {
            throw new NotUtf8();
        }
        if (drained) {
            return -1;
        }
        var chars = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            var result = decoder.decode(bytes, chars, inputEnded);
            if (result.isError()) {
                if (chars.position() == offset) {
                    throw new NotUtf8();
                }
                badBytesAhead = true;
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (inputEnded) {
                decoder.flush(chars);
                drained = true;
                break;
            }
            if (chars.position() > offset) {
                break;
            }
            bytes.compact();
            int n = input.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                inputEnded = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        int n = chars.position() - offset;
        if (!started && n > 0) {
            started = true;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                return n == 1 ? decode(buffer, offset, length) : n - 1;
            }
        }
        return n == 0 && drained ? -1 : n;
    }

    @Override
    public void close() {
        closeQuietly(input);
    }

    static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // only read from: a failed close loses nothing
        }
    }

    /** Bytes that are not UTF-8: the file's fault, refused as an unknown encoding. */
    static final class NotUtf8 extends IOException {
        NotUtf8() {
            super("not UTF-8");
        }
    }
}
