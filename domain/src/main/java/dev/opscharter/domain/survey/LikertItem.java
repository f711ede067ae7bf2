package dev.opscharter.domain.survey;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Require;

/** One question answered on the 1–5 scale, in both languages; an optional one may be left out. */
public record LikertItem(ItemCode code, BilingualName text, boolean required) {

    public LikertItem {
        Require.present(code, "item");
        Require.present(text, "text");
    }
}
