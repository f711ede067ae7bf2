package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.collaboration.port.out.Conflicts;
import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.collaboration.port.out.MilestoneEscalationLog;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.collaboration.port.out.ResolutionPlans;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingSeriesId;
import dev.opscharter.domain.collaboration.Recurrence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcCollaborationIT extends CollaborationContract {

    /** The ids V37 gives the seeded defaults. */
    static final MeetingSeriesId SALES_WEEKLY = MeetingSeriesId.parse("c0000000-0000-4000-8000-000000000001");
    static final MeetingSeriesId FINANCE_MONTHLY = MeetingSeriesId.parse("c0000000-0000-4000-8000-000000000002");

    @Autowired
    private RecurringMeetings series;
    @Autowired
    private Meetings meetings;
    @Autowired
    private CrossDepartmentProjects projects;
    @Autowired
    private MilestoneEscalationLog log;
    @Autowired
    private Conflicts conflicts;
    @Autowired
    private ResolutionPlans plans;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected RecurringMeetings series() {
        return series;
    }

    @Override
    protected Meetings meetings() {
        return meetings;
    }

    @Override
    protected CrossDepartmentProjects projects() {
        return projects;
    }

    @Override
    protected MilestoneEscalationLog log() {
        return log;
    }

    @Override
    protected Conflicts conflicts() {
        return conflicts;
    }

    @Override
    protected ResolutionPlans plans() {
        return plans;
    }

    /** The seed is MeetingSeries.defaults(), field by field but the random id, active and stored once. */
    @Test
    void the_migration_seeds_the_default_series() {
        var defaults = MeetingSeries.defaults();
        var seeded = List.of(series.byId(SALES_WEEKLY).orElseThrow(),
                series.byId(FINANCE_MONTHLY).orElseThrow());

        assertThat(seeded).hasSameSizeAs(defaults);
        for (int i = 0; i < defaults.size(); i++) {
            var expected = defaults.get(i);
            // the fields other tests never change: a test that reschedules or ends a series makes its own
            assertThat(seeded.get(i).withVersion(0)).isEqualTo(new MeetingSeries(seeded.get(i).id(),
                    expected.title(), expected.topic(), expected.departments(), expected.recurrence(), true, 0));
            assertThat(seeded.get(i).departments()).containsExactlyElementsOf(expected.departments());
        }
    }

    @Test
    void a_second_meeting_of_a_series_at_the_same_time_is_refused_as_a_lost_race() {
        var own = series.save(MeetingSeries.create("并发 " + UUID.randomUUID(), "t", Set.of(FINANCE),
                new Recurrence.Monthly(5, LocalTime.of(14, 0)), MANAGER));
        var at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var first = meetings.save(Meeting.schedule(own, at, Optional.empty(), w -> true));

        assertThatThrownBy(() -> meetings.save(Meeting.schedule(own, at, Optional.empty(), w -> true)))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(meetings.latestOf(own.id())).contains(first);
    }

    @Test
    void the_database_refuses_what_the_domain_never_produces() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into meeting_series (id, title, topic, departments, recurrence, day_of_week, day_of_month,
                    at_time, active, version)
                values (gen_random_uuid(), 't', 't', array['SALES'], 'WEEKLY', null, 5, time '10:00', true, 1)""")
                .update()).hasMessageContaining("meeting_series_recurrence_form");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into meeting (id, series_id, title, departments, scheduled_at, agenda, minutes, decisions,
                    status, version)
                values (gen_random_uuid(), :series, 't', array['FINANCE'], now(), '{}', '', '{}', 'HELD', 1)""")
                .param("series", FINANCE_MONTHLY.value()).update()).hasMessageContaining("meeting_minutes_when_held");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into conflict (id, parties, matter, resolution, raised_by, raised_at, version)
                values (gen_random_uuid(), array['SALES', 'CUSTOMER_SERVICE'], 'm', 'r', 'manager', now(), 1)""")
                .update()).hasMessageContaining("conflict_resolution_whole");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into conflict (id, parties, matter, raised_by, raised_at, version)
                values (gen_random_uuid(), array['SALES'], 'm', 'manager', now(), 1)""")
                .update()).hasMessageContaining("conflict_parties_present");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into action_item (id, position, owner, title, due_on, duty_type)
                values (gen_random_uuid(), 0, 'FINANCE', 't', current_date, 'BUDGET_APPROVAL')""")
                .update()).hasMessageContaining("action_item_one_origin");
    }
}
