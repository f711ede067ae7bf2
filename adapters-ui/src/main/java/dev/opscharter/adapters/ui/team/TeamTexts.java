package dev.opscharter.adapters.ui.team;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.messages.JudgedFigures;
import dev.opscharter.adapters.messages.RunWording;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Proportion;
import dev.opscharter.domain.team.AttendanceStatus;
import dev.opscharter.domain.team.TrainingEvidence;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/** The words of the team's screens: people's names, attendance states, evidence and rates in the reader's language. */
final class TeamTexts {

    private final Component owner;
    private final Directory directory;
    private final DisplayNames users;
    private @Nullable Map<String, String> people;

    TeamTexts(Component owner, Directory directory) {
        this.owner = owner;
        this.directory = directory;
        this.users = new DisplayNames(directory);
    }

    String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }

    /** A person a record names by id; one no longer on record shows by id rather than not at all. */
    String person(PersonId id) {
        if (people == null) {
            people = directory.personNames();
        }
        return people.getOrDefault(id.toString(), id.toString());
    }

    /** Who recorded: the user name kept in the record, as the person's name. */
    String user(String username) {
        return RunWording.actorKey(username).map(key -> t(key)).orElseGet(() -> users.apply(username));
    }

    StatusBadge status(AttendanceStatus status) {
        return new StatusBadge(t("team.attendance.status." + status.name()), switch (status) {
            case DUE -> StatusBadge.Tone.NEUTRAL;
            case COMPLETED_ON_TIME -> StatusBadge.Tone.SUCCESS;
            case LATE -> StatusBadge.Tone.WARNING;
            case MISSING -> StatusBadge.Tone.ERROR;
        });
    }

    StatusBadge passed(boolean passed) {
        return new StatusBadge(t(passed ? "team.appraisal.passed" : "team.appraisal.failed"),
                passed ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR);
    }

    String evidence(TrainingEvidence evidence) {
        return switch (evidence) {
            case TrainingEvidence.Note note -> note.text();
            case TrainingEvidence.Attachment attachment -> t("team.evidence.attachment");
        };
    }

    /**
     * "92.5 %", never rounded onto or across the charter's threshold of the scorecard part the rate is judged as
     * (99.96 % of "≥ 100 %" reads 99.96 %); or that nothing is counted yet: no data is not a figure (SPEC §2).
     */
    String percent(Proportion rate, Part judgedAs) {
        return rate.defined() ? JudgedFigures.percent(rate, JudgedFigures.charterThreshold(judgedAs), 1,
                Formats.locale()) : t("team.no-data");
    }

    /** "Q3 2026", as the kit's period field names it. */
    String quarter(Period.Quarter quarter) {
        return t("kit.period.quarter", Integer.toString(quarter.year()), quarter.quarter());
    }

    /** "3 of 4". */
    String partOf(Proportion rate) {
        return t("team.part-of", Formats.number(rate.part()), Formats.number(rate.whole()));
    }
}
