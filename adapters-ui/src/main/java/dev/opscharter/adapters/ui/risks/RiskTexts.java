package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.messages.RunWording;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.KeyRiskIndicator;
import dev.opscharter.domain.risks.ReviewPeriod;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskLevel;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskStatus;
import dev.opscharter.domain.risks.RiskThreshold;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The words of the register's screens: levels and statuses, ratings, thresholds and months in the reader's language. */
final class RiskTexts {

    private final Component owner;
    private final UnaryOperator<String> names;

    /** @param names user name → the person's name ({@code DisplayNames}) */
    RiskTexts(Component owner, UnaryOperator<String> names) {
        this.owner = owner;
        this.names = names;
    }

    String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }

    String person(String username) {
        return RunWording.actorKey(username).map(key -> t(key)).orElseGet(() -> names.apply(username));
    }

    boolean chinese() {
        return Formats.locale().getLanguage().equals(Locale.CHINESE.getLanguage());
    }

    String level(RiskLevel level) {
        return t("risks.level." + level.name());
    }

    static StatusBadge.Tone tone(RiskLevel level) {
        return switch (level) {
            case LOW -> StatusBadge.Tone.SUCCESS;
            case MEDIUM -> StatusBadge.Tone.NEUTRAL;
            case HIGH -> StatusBadge.Tone.WARNING;
            case MAJOR -> StatusBadge.Tone.ERROR;
        };
    }

    StatusBadge levelBadge(RiskLevel level) {
        return new StatusBadge(level(level), tone(level));
    }

    String status(RiskStatus status) {
        return t("risks.status." + status.name());
    }

    StatusBadge statusBadge(RiskStatus status) {
        return new StatusBadge(status(status), status == RiskStatus.OPEN ? StatusBadge.Tone.WARNING
                : StatusBadge.Tone.SUCCESS);
    }

    /** The risk's status, or that its closing or acceptance waits for the director. */
    StatusBadge statusBadge(Risk risk) {
        return risk.awaiting().isPresent() ? new StatusBadge(t("risks.status.awaiting"), StatusBadge.Tone.WARNING)
                : statusBadge(risk.status());
    }

    /** "4 × 4 = 16, major". */
    String rating(RiskRating rating) {
        return t("risks.rating.text", rating.likelihood(), rating.impact(), rating.score(), level(rating.level()));
    }

    String number(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(Formats.locale());
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** "> 10", "< 5": the side the threshold is breached on, and its limit. */
    String threshold(RiskThreshold threshold) {
        return t("risks.threshold." + threshold.side().name(), number(threshold.limit()));
    }

    String source(FigureSource source) {
        return switch (source) {
            case FigureSource.FromMetric metric -> t("risks.source.metric");
            case FigureSource.Entered entered -> t("risks.source.entered");
        };
    }

    String indicator(KeyRiskIndicator indicator) {
        return indicator.name() + " " + threshold(indicator.threshold());
    }

    String month(YearMonth month) {
        return DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(Formats.locale()).format(month);
    }

    String period(ReviewPeriod period) {
        return switch (period) {
            case ReviewPeriod.Month m -> t("risks.review.month", month(m.month()));
            case ReviewPeriod.Quarter q -> t("kit.period.quarter", Integer.toString(q.quarter().year()),
                    q.quarter().quarter());
        };
    }
}
