package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.domain.targets.Metric;

/** A metric's marks side by side: a key indicator (one missed vetoes the scorecard) and a core metric. */
final class Marks {

    private Marks() {
    }

    static Span of(Metric metric, TargetTexts texts) {
        var marks = new Span();
        if (metric.key()) {
            marks.add(new StatusBadge(texts.t("targets.mark.key"), StatusBadge.Tone.WARNING));
        }
        if (metric.core()) {
            marks.add(new StatusBadge(texts.t("targets.mark.core"), StatusBadge.Tone.NEUTRAL));
        }
        return marks;
    }
}
