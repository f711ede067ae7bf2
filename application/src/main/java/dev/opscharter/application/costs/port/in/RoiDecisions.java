package dev.opscharter.application.costs.port.in;

import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.RoiDecision;
import dev.opscharter.domain.costs.RoiFlag;
import dev.opscharter.domain.costs.RoiFlagId;
import dev.opscharter.domain.costs.RoiFlagStep;
import dev.opscharter.domain.costs.Roi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The return of each channel per month, the months flagged below break-even and their stop-or-optimize
 * decisions. A month is judged once its revenue is recorded (a month whose revenue is still to come is
 * not a channel returning nothing); each flagged month is a work item of the charter's
 * {@value #DUTY_TYPE}, raised once, and the decision finishes it.
 */
public interface RoiDecisions {

    /** The duty the charter gives Operations that a channel's stop-or-optimize decision belongs to. */
    String DUTY_TYPE = "OPERATIONS_STRATEGY";

    /** Every channel month of the year with a cost or a revenue, by channel then month ({@code READ}). */
    List<ChannelMonthRoi> roi(int year);

    /** The year's flagged months with the steps the current user may take, oldest first ({@code READ}). */
    List<WithSteps<RoiFlag, RoiFlagStep>> flagged(int year);

    /** Records the decision and finishes the flag's work item with it ({@code MANAGE}). */
    void decide(RoiFlagId id, RoiDecision.Kind kind, String reason, long version);

    /** Flags every judged month below break-even that has no flag yet; safe to run twice ({@code RECORD}). */
    int raiseFlags(YearMonth from, YearMonth until);

    /** @param revenue empty while the month's revenue is not recorded */
    record ChannelMonthRoi(ChannelId channel, YearMonth month, Optional<BigDecimal> revenue, BigDecimal cost,
                           Optional<RoiFlag> flag) {

        /** The ratio once the revenue is recorded. */
        public Optional<Roi> roi() {
            return revenue.map(amount -> new Roi(amount, cost));
        }

        public boolean belowBreakEven() {
            return roi().map(Roi::belowBreakEven).orElse(false);
        }
    }
}
