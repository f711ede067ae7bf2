package dev.opscharter.application.risks.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.KeyRiskIndicatorId;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskThreshold;

/**
 * Keeping the register: managers and the director add, rate and plan risks ({@code RisksPermission.MANAGE});
 * a major risk's closing or acceptance by a manager waits for the director's sign-off
 * ({@code RisksPermission.SIGN_OFF}). Every change names the version the user saw.
 */
public interface ManageRisks {

    /** Adds a risk once per request: the same {@code request} again answers the risk it added. */
    RiskId identify(RequestKey request, NewRisk risk);

    /** Rates the risk again; the rating before, who, when and why enter its history. */
    void rerate(RiskId risk, RiskRating rating, String reason, long version);

    void plan(RiskId risk, String controls, String contingencyPlan, long version);

    KeyRiskIndicatorId addIndicator(RiskId risk, NewIndicator indicator, long version);

    /** Closes the risk, or for a manager and a major risk proposes its closing to the director. */
    void close(RiskId risk, String note, long version);

    /** Accepts the risk as it is, or for a manager and a major risk proposes its acceptance to the director. */
    void accept(RiskId risk, String note, long version);

    /** The director's decision on a closing or acceptance that waits for sign-off. */
    void signOff(RiskId risk, boolean approve, String comment, long version);

    /** @param owner the username of whoever answers for the risk */
    record NewRisk(String code, String title, String category, String owner, RiskRating rating, String controls,
                   String contingencyPlan) {
    }

    record NewIndicator(String name, RiskThreshold threshold, FigureSource source) {
    }
}
