package dev.opscharter.application.risks;

import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskLevel;
import dev.opscharter.domain.risks.RiskStatus;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which risks a list, its count and the heat map take: of one status, level, category or owner, and those whose
 * code, title or category holds a text, in any case. Shared by the query port and the store, so the store filters
 * and counts in the database.
 */
public record RiskFilter(Optional<RiskStatus> status, Optional<RiskLevel> level, Optional<String> category,
                         Optional<String> owner, String text) {

    public static final RiskFilter ALL = new RiskFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), "");

    /** The open risks: what the heat map shows by default. */
    public static final RiskFilter OPEN = ALL.withStatus(RiskStatus.OPEN);

    public RiskFilter {
        text = text.strip();
    }

    public RiskFilter withStatus(RiskStatus wanted) {
        return new RiskFilter(Optional.of(wanted), level, category, owner, text);
    }

    /** The text as the stores match it: lower case. */
    public String needle() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean matches(Risk risk) {
        var needle = needle();
        return status.map(risk.status()::equals).orElse(true)
                && level.map(risk.level()::equals).orElse(true)
                && category.map(risk.category()::equals).orElse(true)
                && owner.map(risk.owner()::equals).orElse(true)
                && (needle.isEmpty() || Stream.of(risk.code(), risk.title(), risk.category())
                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle)));
    }
}
