package dev.opscharter.domain.incidents;

import java.util.Optional;

/** The four steps of handling an incident, in the order they are done. */
public enum IncidentStep {
    /** 定位原因 */
    LOCATE_CAUSE,
    /** 应急措施 */
    EMERGENCY_MEASURE,
    /** 通知相关方 */
    NOTIFY_STAKEHOLDERS,
    /** 事后复盘 */
    POST_MORTEM;

    /** The step whose completion starts this one's clock; none for the first, whose clock starts at the report. */
    public Optional<IncidentStep> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }
}
