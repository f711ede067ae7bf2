package dev.opscharter.domain.survey;

import java.util.List;
import java.util.Objects;

/**
 * The open comments about one rated department: text only (no day, no rater), in a random order,
 * and only when that department's figure is shown.
 */
public record Comments(ResultGroup.CommentsOf group, Disclosed<List<String>> texts) {

    public Comments {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(texts, "texts");
        if (texts instanceof Disclosed.Shown<List<String>>(List<String> list)) {
            texts = new Disclosed.Shown<>(List.copyOf(list));
        }
    }
}
