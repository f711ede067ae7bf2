package dev.opscharter.application.risks;

import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskLevel;
import dev.opscharter.domain.risks.RiskStatus;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which risks a list, its count and the heat map take: of one status, level, category or owner, those whose
 * code, title or category holds a text, in any case, and, if asked, only those whose closing or acceptance waits
 * for the director's sign-off. Shared by the query port and the store, so the store filters and counts in the
 * database.
 */
public record RiskFilter(Optional<RiskStatus> status, Optional<RiskLevel> level, Optional<String> category,
                         Optional<String> owner, String text, boolean awaitingSignOff) {

    public static final RiskFilter ALL = new RiskFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), "");

    /** The open risks: what the heat map shows by default. */
    public static final RiskFilter OPEN = ALL.withStatus(RiskStatus.OPEN);

    /** The risks the director's sign-off waits for: what the director's home page counts. */
    public static final RiskFilter AWAITING_SIGN_OFF = ALL.withAwaitingSignOff(true);

    public RiskFilter {
        text = text.strip();
    }

    public RiskFilter(Optional<RiskStatus> status, Optional<RiskLevel> level, Optional<String> category,
                      Optional<String> owner, String text) {
        this(status, level, category, owner, text, false);
    }

    public RiskFilter withStatus(RiskStatus wanted) {
        return new RiskFilter(Optional.of(wanted), level, category, owner, text, awaitingSignOff);
    }

    public RiskFilter withAwaitingSignOff(boolean only) {
        return new RiskFilter(status, level, category, owner, text, only);
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
                && (!awaitingSignOff || risk.awaiting().isPresent())
                && (needle.isEmpty() || Stream.of(risk.code(), risk.title(), risk.category())
                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle)));
    }
}
