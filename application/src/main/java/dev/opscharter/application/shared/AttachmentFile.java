package dev.opscharter.application.shared;

import dev.opscharter.domain.shared.InvalidValue;
import org.jspecify.annotations.Nullable;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * What an uploaded attachment is kept as: a file name that is safe to show and to offer on
 * download, and a content type judged from the bytes. The browser's name and type are the client's
 * word: a name may carry a path ({@code ../../etc/passwd}, {@code C:\x\y.pdf}), control or
 * direction-changing characters ({@code invoice\u202Efdp.exe}) or be thousands of characters long,
 * and a type may claim {@code text/html} or {@code image/svg+xml} for a file that then runs script
 * when opened. So the name keeps only its last path segment, without those characters, cut to
 * {@value #MAX_NAME_LENGTH} characters with its extension; the type comes from the file's first
 * bytes, and anything that is not a known document or image is kept as plain text (UTF-8 text) or
 * as bytes ({@code application/octet-stream}), never as something a browser would render.
 */
public final class AttachmentFile {

    /** The largest attachment, for every context (the upload refuses larger ones before reading them). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_NAME_LENGTH = 200;
    static final String FALLBACK_NAME = "attachment";
    static final String BYTES = "application/octet-stream";
    private static final int MAX_EXTENSION = 16;
    /** Characters Windows refuses in names, and the quote that ends a Content-Disposition value. */
    private static final String RESERVED = "<>:\"|?*";

    private AttachmentFile() {
    }

    /**
     * The one validation of evidence, for every context: refuses an empty or too large file, and
     * keeps it under a safe name with the type its bytes show (the browser's type is its word only).
     */
    public static StoredFile accept(@Nullable String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidValue("attachment", "validation.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidValue("attachment", "validation.attachment.too-large", MAX_BYTES / 1024 / 1024);
        }
        var name = name(fileName);
        return new StoredFile(UUID.randomUUID(), name, contentType(content, name), content);
    }

    /** The name to keep for the name the browser sent. */
    public static String name(@Nullable String given) {
        if (given == null) {
            return FALLBACK_NAME;
        }
        var last = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        var clean = new StringBuilder(last.length());
        last.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return; // invisible or direction-changing: would disguise the name
            }
            clean.appendCodePoint(RESERVED.indexOf(c) >= 0 ? '_' : c);
        });
        // no hidden file, no "..", no trailing dot or blank (Windows drops them)
        var name = clean.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            return FALLBACK_NAME;
        }
        return shortened(name);
    }

    /** Cut to the maximum, keeping a short extension so the file still opens with the right program. */
    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        var extension = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        var base = name.substring(0, name.length() - extension.length());
        int keep = MAX_NAME_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length()))))
                .strip() + extension;
    }

    /** The content type of the bytes, from their signature; the name only tells zip-based Office files apart. */
    public static String contentType(byte[] content, String name) {
        var extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            return "image/png";
        }
        if (startsWith(content, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return "image/gif";
        }
        if (startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII)) && content.length >= 12
                && Arrays.equals(content, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4)) {
            return "image/webp";
        }
        if (startsWith(content, new byte[]{'P', 'K', 3, 4})) {
            return switch (extension) {
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                default -> "application/zip";
            };
        }
        if (startsWith(content, new byte[]{(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0})) {
            return switch (extension) {
                case "xls" -> "application/vnd.ms-excel";
                case "doc" -> "application/msword";
                default -> BYTES;
            };
        }
        return isText(content) ? (extension.equals("csv") ? "text/csv; charset=UTF-8" : "text/plain; charset=UTF-8")
                : BYTES;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** UTF-8 without NUL or other control characters than tab and line ends. */
    private static boolean isText(byte[] content) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException notText) {
            return false;
        }
    }
}
