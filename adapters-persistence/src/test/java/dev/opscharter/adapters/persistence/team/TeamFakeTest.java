package dev.opscharter.adapters.persistence.team;

import dev.opscharter.application.team.fakes.InMemoryAppraisalResults;
import dev.opscharter.application.team.fakes.InMemoryTrainingPlans;
import dev.opscharter.application.team.port.out.AppraisalResults;
import dev.opscharter.application.team.port.out.TrainingPlans;
import dev.opscharter.domain.organization.PersonId;

import java.util.UUID;

class TeamFakeTest extends TeamContract {

    private final TrainingPlans plans = new InMemoryTrainingPlans();
    private final AppraisalResults results = new InMemoryAppraisalResults();

    @Override
    protected TrainingPlans plans() {
        return plans;
    }

    @Override
    protected AppraisalResults results() {
        return results;
    }

    @Override
    protected PersonId person() {
        return PersonId.random();
    }

    @Override
    protected UUID attachment() {
        return UUID.randomUUID();
    }
}
