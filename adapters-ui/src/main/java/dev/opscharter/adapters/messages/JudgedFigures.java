package dev.opscharter.adapters.messages;

import dev.opscharter.domain.appraisal.Direction;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.shared.Proportion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Figures judged against a threshold, rounded so that they never read as on the other side of it. Rounding to the
 * decimals a screen usually shows may land a failing figure on its threshold (99.96 % against "≥ 100 %" reads
 * "100.0%") or a passing one below it; then the figure gets more decimals, up to {@value #MOST_DIGITS}, and at the
 * last one it is rounded towards the side it is on. Where the threshold is not at hand, {@link #towardsFailing}
 * keeps a failing figure from ever reading as a pass.
 */
public final class JudgedFigures {

    /** The most decimals a judged figure is shown with. */
    public static final int MOST_DIGITS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private JudgedFigures() {
    }

    /** Down for "at least", up for "at most": the rounding that never turns a failing figure into a passing one. */
    public static RoundingMode towardsFailing(Direction direction) {
        return direction == Direction.AT_LEAST ? RoundingMode.FLOOR : RoundingMode.CEILING;
    }

    /**
     * The figure with {@code digits} decimals as usual (half even), or with the fewest more, up to {@value #MOST_DIGITS},
     * that keep it on its side of the threshold: meeting it when the figure does, short of it when the figure is.
     */
    public static BigDecimal rounded(BigDecimal figure, Threshold threshold, int digits) {
        boolean meets = meets(figure, threshold);
        for (int scale = digits; scale < MOST_DIGITS; scale++) {
            var shown = figure.setScale(scale, RoundingMode.HALF_EVEN);
            if (meets(shown, threshold) == meets) {
                return shown;
            }
        }
        var towardsItsSide = meets ? opposite(towardsFailing(threshold.direction()))
                : towardsFailing(threshold.direction());
        return figure.setScale(Math.max(digits, MOST_DIGITS), towardsItsSide);
    }

    /** "99.96%" rather than "100.0%" against "≥ 100 %"; usually {@code digits} decimals, e.g. "92.5%". */
    public static String percent(BigDecimal percent, Threshold threshold, int digits, Locale locale) {
        var shown = rounded(percent, threshold, digits);
        var format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(shown.scale());
        return format.format(shown.movePointLeft(2));
    }

    /** A rate as a judged percentage; the rate must have a figure ({@link Proportion#defined()}). */
    public static String percent(Proportion rate, Threshold threshold, int digits, Locale locale) {
        var percent = BigDecimal.valueOf(rate.part()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(rate.whole()), MathContext.DECIMAL64);
        return percent(percent, threshold, digits, locale);
    }

    /** The threshold the charter sets for a part, for screens that show a part's figure outside the scorecard. */
    public static Threshold charterThreshold(Part part) {
        return new Threshold(part.direction(), part.charterThreshold());
    }

    private static boolean meets(BigDecimal figure, Threshold threshold) {
        return threshold.direction().holds(figure, threshold.value());
    }

    private static RoundingMode opposite(RoundingMode rounding) {
        return rounding == RoundingMode.FLOOR ? RoundingMode.CEILING : RoundingMode.FLOOR;
    }
}
