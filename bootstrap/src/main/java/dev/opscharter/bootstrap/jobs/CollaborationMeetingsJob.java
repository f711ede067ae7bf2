package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.collaboration.port.in.ManageMeetings;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeries;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The collaboration meetings' schedule as JobRunr runs it, as the schedule (audited as "scheduled"); its trigger is
 * in {@link JobTriggers}. Every hour each active series gets its next meeting if it has none ahead, the last
 * meeting's open items carried in, and its participants are told: within the hour after a meeting began, the next
 * one exists. Safe twice and after a crash: the use case creates a meeting and its notices once per occurrence (a
 * request key of series and time, in one transaction), and answers the meeting ahead when there is one.
 */
@Component
public class CollaborationMeetingsJob {

    static final String ID = "collaboration-meetings";
    /** minute hour day-of-month month day-of-week: every hour at :05 */
    static final String HOURLY = "5 * * * *";

    private static final Logger log = LoggerFactory.getLogger(CollaborationMeetingsJob.class);

    private final MeetingQueries queries;
    private final ManageMeetings meetings;

    CollaborationMeetingsJob(MeetingQueries queries, ManageMeetings meetings) {
        this.queries = queries;
        this.meetings = meetings;
    }

    @Job(name = "Collaboration meetings: the next meeting of every series", retries = 2)
    public void run() {
        var ahead = SystemTasks.asScheduled(this::scheduleNext);
        log.info("collaboration meetings: {} series with a meeting ahead {}", ahead.size(), ahead);
    }

    /** The meeting ahead of each active series, made now or before. */
    List<MeetingId> scheduleNext() {
        return queries.series().stream().filter(MeetingSeries::active)
                .map(series -> meetings.scheduleNext(series.id())).flatMap(Optional::stream).toList();
    }
}
