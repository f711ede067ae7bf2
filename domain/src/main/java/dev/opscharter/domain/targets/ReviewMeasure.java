package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.Require;

import java.util.Objects;
import java.util.UUID;

/**
 * An improvement measure decided in the review, and the work item it became: the charter routes it by its
 * duty type, so a measure that is IT's or Finance's goes to them.
 */
public record ReviewMeasure(UUID workItem, String title, String dutyType) {

    public static final int MAX_TITLE = 200;

    public ReviewMeasure {
        Objects.requireNonNull(workItem, "workItem");
        title = Require.text(title, "title", MAX_TITLE);
        dutyType = Require.text(dutyType, "dutyType", 100);
    }
}
