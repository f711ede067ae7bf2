package dev.opscharter.adapters.ui.compliance.rectification;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.RunTexts;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.ActionOrigin;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.IncidentRef;

import java.util.function.UnaryOperator;

/** How corrective actions read on screen: statuses, deviation types, findings and people's names. */
final class ActionTexts {

    private final Component owner;
    private final UnaryOperator<String> names;

    /** @param names user name → the person's name (the user name when no person is known) */
    ActionTexts(Component owner, UnaryOperator<String> names) {
        this.owner = owner;
        this.names = names;
    }

    String status(ActionStatus status) {
        return t("actions.status." + status.name());
    }

    StatusBadge statusBadge(ActionStatus status) {
        var tone = switch (status) {
            case OPEN -> StatusBadge.Tone.NEUTRAL;
            case IN_PROGRESS, SUBMITTED -> StatusBadge.Tone.WARNING;
            case VERIFIED, CLOSED -> StatusBadge.Tone.SUCCESS;
        };
        return new StatusBadge(status(status), tone);
    }

    String type(DeviationType type) {
        // one term per concept: the check page, the report and the actions name a deviation alike
        return t("compliance.check.type." + type.name());
    }

    /** A check's finding as {@link #finding}; an incident's follow-up as "事件复盘跟进 (2026-Q4)". */
    String origin(ActionOrigin origin) {
        return switch (origin) {
            case FindingRef finding -> finding(finding);
            case IncidentRef incident -> t("actions.origin.incident", incident.periodKey());
        };
    }

    /** "ORDER_FULFILMENT · 环节超时 · SHIP (2026-Q2)". */
    String finding(FindingRef finding) {
        return finding.processCode() + " · " + type(finding.type())
                + finding.stepCode().map(s -> " · " + s).orElse("") + " (" + finding.periodKey() + ")";
    }

    /** The person's name as everywhere else ("specialist" → 张晓雨), 按计划 / 系统 for the scheduler and the system. */
    String person(String username) {
        return RunTexts.actor(owner, username, names);
    }

    String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }
}
