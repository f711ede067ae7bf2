package dev.opscharter.domain.efficiency;

import java.util.Objects;
import java.util.UUID;

public record ToolIntroductionId(UUID value) {

    public ToolIntroductionId {
        Objects.requireNonNull(value);
    }

    public static ToolIntroductionId random() {
        return new ToolIntroductionId(UUID.randomUUID());
    }

    public static ToolIntroductionId parse(String text) {
        return new ToolIntroductionId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
