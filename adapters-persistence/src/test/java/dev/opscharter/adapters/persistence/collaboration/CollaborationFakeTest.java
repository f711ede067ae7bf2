package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.application.collaboration.fakes.InMemoryConflicts;
import dev.opscharter.application.collaboration.fakes.InMemoryCrossDepartmentProjects;
import dev.opscharter.application.collaboration.fakes.InMemoryMeetings;
import dev.opscharter.application.collaboration.fakes.InMemoryMilestoneEscalationLog;
import dev.opscharter.application.collaboration.fakes.InMemoryRecurringMeetings;
import dev.opscharter.application.collaboration.fakes.InMemoryResolutionPlans;
import dev.opscharter.application.collaboration.port.out.Conflicts;
import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.collaboration.port.out.MilestoneEscalationLog;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.application.collaboration.port.out.ResolutionPlans;

class CollaborationFakeTest extends CollaborationContract {

    private final RecurringMeetings series = new InMemoryRecurringMeetings();
    private final Meetings meetings = new InMemoryMeetings();
    private final CrossDepartmentProjects projects = new InMemoryCrossDepartmentProjects();
    private final MilestoneEscalationLog log = new InMemoryMilestoneEscalationLog();
    private final Conflicts conflicts = new InMemoryConflicts();
    private final ResolutionPlans plans = new InMemoryResolutionPlans();

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
}
