package dev.opscharter.adapters.ui.incidents;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.messages.RunWording;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.incidents.StepTiming;
import dev.opscharter.domain.shared.LimitBasis;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The words of the incident screens: types, steps, timings, durations and people in the reader's language. */
final class IncidentTexts {

    private final Component owner;
    private final UnaryOperator<String> names;
    private final Map<String, IncidentType> types = new HashMap<>();

    IncidentTexts(Component owner, UnaryOperator<String> names, List<IncidentType> types) {
        this.owner = owner;
        this.names = names;
        types.forEach(type -> this.types.put(type.code(), type));
    }

    String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }

    String person(String username) {
        return RunWording.actorKey(username).map(key -> t(key)).orElseGet(() -> names.apply(username));
    }

    String type(IncidentType type) {
        var chinese = Formats.locale().getLanguage().equals(Locale.CHINESE.getLanguage());
        return chinese ? type.name().chinese() : type.name().english();
    }

    String type(String code) {
        var type = types.get(code);
        return type == null ? code : type(type);
    }

    String step(IncidentStep step) {
        return t("incidents.step." + step.name());
    }

    /** "1 h 05 min", "3 d 2 h" for long ones; working hours say so. */
    String duration(Duration duration, LimitBasis basis) {
        long minutes = duration.toMinutes();
        var text = minutes >= 24 * 60 && basis == LimitBasis.CALENDAR
                ? t("incidents.duration.days", minutes / (24 * 60), minutes % (24 * 60) / 60)
                : t("incidents.duration", minutes / 60, String.format(Locale.ROOT, "%02d", minutes % 60));
        return basis == LimitBasis.WORKING ? t("incidents.duration.working", text) : text;
    }

    StatusBadge timing(StepTiming.State state) {
        var tone = switch (state) {
            case ON_TIME -> StatusBadge.Tone.SUCCESS;
            case LATE, OVERDUE -> StatusBadge.Tone.ERROR;
            case RUNNING -> StatusBadge.Tone.WARNING;
            case NOT_STARTED -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(t("incidents.timing." + state.name()), tone);
    }

    /** The incident on the board: finished or open, and overdue or late when a step is. */
    StatusBadge state(Incident incident, List<StepTiming> timings) {
        boolean late = timings.stream().anyMatch(timing -> timing.state().late());
        if (incident.finished()) {
            return new StatusBadge(t(late ? "incidents.state.finished-late" : "incidents.state.finished-on-time"),
                    late ? StatusBadge.Tone.ERROR : StatusBadge.Tone.SUCCESS);
        }
        return new StatusBadge(t(late ? "incidents.state.overdue" : "incidents.state.on-time"),
                late ? StatusBadge.Tone.ERROR : StatusBadge.Tone.WARNING);
    }

    String record(StepRecord record) {
        return switch (record) {
            case StepRecord.Cause cause -> cause.text();
            case StepRecord.Measure measure -> measure.text();
            case StepRecord.Notified notified -> String.join(", ", notified.stakeholders());
            case StepRecord.PostMortem postMortem -> postMortem.followUps().isEmpty() ? postMortem.text()
                    : postMortem.text() + " · " + t("incidents.post-mortem.follow-ups", postMortem.followUps().size());
        };
    }

    String ruling(Incident.Ruling ruling) {
        return t(ruling.majorAccident() ? "incidents.ruling.major" : "incidents.ruling.not-major",
                person(ruling.by()), Formats.dateTime(ruling.at()));
    }
}
