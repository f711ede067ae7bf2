package dev.opscharter.adapters.ui.compliance.rectification;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.messages.RunWording;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;

import java.util.Map;

/** How corrective actions read on screen: statuses, deviation types, findings and people's names. */
final class ActionTexts {

    private final Component owner;
    private final Map<String, String> names;

    ActionTexts(Component owner, Map<String, String> displayNames) {
        this.owner = owner;
        this.names = displayNames;
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

    /** "ORDER_FULFILMENT · 环节超时 · SHIP (2026-Q2)". */
    String finding(FindingRef finding) {
        return finding.processCode() + " · " + type(finding.type())
                + finding.stepCode().map(s -> " · " + s).orElse("") + " (" + finding.periodKey() + ")";
    }

    /** "张晓雨 (specialist)" for a known user, 按计划 / 系统 for the scheduler and the system, else the user name. */
    String person(String username) {
        var unattended = RunWording.actorKey(username);
        if (unattended.isPresent()) {
            return t(unattended.get());
        }
        var name = names.get(username);
        return name == null ? username : name + " (" + username + ")";
    }

    String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }
}
