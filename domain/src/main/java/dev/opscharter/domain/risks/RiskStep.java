package dev.opscharter.domain.risks;

/** What can be done next to a risk. */
public enum RiskStep {
    /** Rate it again, with a reason kept in its history. */
    RERATE,
    /** Change its controls and contingency plan. */
    EDIT_PLAN,
    /** Add a key risk indicator with its threshold. */
    ADD_INDICATOR,
    /** Close it; a major risk's closing waits for the director's sign-off unless the director closes it. */
    CLOSE,
    /** Accept it as it is; a major risk's acceptance waits for the director's sign-off likewise. */
    ACCEPT,
    /** Decide on a major risk's closing or acceptance that waits for sign-off: management only. */
    SIGN_OFF
}
