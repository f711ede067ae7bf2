package dev.opscharter.domain.incidents;

import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.util.List;
import java.util.Objects;

/** What was recorded when a step was done: the cause, the measure, who was notified, the post-mortem. */
public sealed interface StepRecord {

    int MAX_TEXT = 4000;

    IncidentStep step();

    /** 定位原因: the cause as located. */
    record Cause(String text) implements StepRecord {
        public Cause {
            text = Require.text(text, "cause", MAX_TEXT);
        }

        @Override
        public IncidentStep step() {
            return IncidentStep.LOCATE_CAUSE;
        }
    }

    /** 应急措施: the emergency measure taken. */
    record Measure(String text) implements StepRecord {
        public Measure {
            text = Require.text(text, "measure", MAX_TEXT);
        }

        @Override
        public IncidentStep step() {
            return IncidentStep.EMERGENCY_MEASURE;
        }
    }

    /** 通知相关方: the stakeholders notified (people, departments, customers), at least one. */
    record Notified(List<String> stakeholders) implements StepRecord {
        public Notified {
            stakeholders = stakeholders.stream().map(s -> Require.text(s, "stakeholders", 200)).distinct().toList();
            if (stakeholders.isEmpty()) {
                throw new InvalidValue("stakeholders", "validation.required");
            }
        }

        @Override
        public IncidentStep step() {
            return IncidentStep.NOTIFY_STAKEHOLDERS;
        }
    }

    /** 事后复盘: the post-mortem and its follow-up actions, each a corrective action of the compliance context. */
    record PostMortem(String text, List<CorrectiveActionId> followUps) implements StepRecord {
        public PostMortem {
            text = Require.text(text, "postMortem", MAX_TEXT);
            followUps = followUps.stream().map(a -> Objects.requireNonNull(a, "followUps")).distinct().toList();
        }

        @Override
        public IncidentStep step() {
            return IncidentStep.POST_MORTEM;
        }
    }
}
