package dev.opscharter.domain.collaboration;

/** A cross-department project, or one of the key launches and events SPEC names, planned the same way. */
public enum ProjectKind {
    PROJECT,
    PRODUCT_LAUNCH,
    ECOMMERCE_PROMOTION,
    TRADE_SHOW,
    OTHER_EVENT;

    public boolean isLaunch() {
        return this != PROJECT;
    }
}
