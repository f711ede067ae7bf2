package dev.opscharter.application.shared;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A file a user uploaded as evidence (a report behind a hand-entered appraisal figure, the proof
 * of a corrective action), kept once and handed out whole. The content is copied in and out, so
 * nobody changes a kept file through its record; two records of the same id, name, type and bytes
 * are equal.
 */
public record StoredFile(UUID id, String fileName, String contentType, byte[] content) {

    public StoredFile {
        Objects.requireNonNull(id);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The size in bytes, without copying the content. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredFile file && id.equals(file.id) && fileName.equals(file.fileName)
                && contentType.equals(file.contentType) && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "StoredFile[" + id + ", " + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
