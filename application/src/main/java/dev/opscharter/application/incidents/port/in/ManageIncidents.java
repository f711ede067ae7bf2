package dev.opscharter.application.incidents.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reporting and handling incidents: managers, directors and specialists report them and do their steps
 * ({@code IncidentsPermission.HANDLE}); the director rules whether one was a major operational accident
 * ({@code IncidentsPermission.RULE}).
 */
public interface ManageIncidents {

    /** Reports an incident of a type, now; once per request: the same {@code request} again answers the first id. */
    IncidentId report(RequestKey request, String typeCode, String title);

    /**
     * Records the incident's next step as done now, by the acting user; a step other than the next is refused.
     * Once per request: the same {@code request} again changes nothing, whatever the incident's version by then.
     */
    void doStep(RequestKey request, IncidentId incident, StepRecord record, long version);

    /**
     * Records the post-mortem, the last step, with its follow-up actions: each becomes a corrective action of the
     * rectification (its lifecycle, escalation and verification) that names this incident, assigned by a manager
     * (a follow-up asked by anyone else is refused). Once per request, as {@link #doStep}.
     */
    void postMortem(RequestKey request, IncidentId incident, String text, List<FollowUp> followUps, long version);

    /**
     * Adds an incident type, or changes one's names, basis and step limits ({@code IncidentsPermission.CONFIGURE}:
     * managers and the director); a type's code is kept. {@code seen} is the type as the editor saw it, empty for
     * a new one: a type changed meanwhile is refused with {@code ConcurrentModification}. Incidents are timed by
     * their type's limits as they stand.
     */
    void saveType(Optional<IncidentType> seen, IncidentType type);

    /** The director's ruling, recorded with who and when; once per incident. */
    void rule(IncidentId incident, boolean majorAccident, long version);

    /** A follow-up action of a post-mortem: what, who (a username) and by when. */
    record FollowUp(String title, String owner, LocalDate dueOn) {
    }
}
