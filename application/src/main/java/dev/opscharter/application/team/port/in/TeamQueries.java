package dev.opscharter.application.team.port.in;

import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.team.AppraisalPassRate;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.TrainingCompletion;
import dev.opscharter.domain.team.TrainingPlan;
import dev.opscharter.domain.team.TrainingPlanId;
import dev.opscharter.domain.team.TrainingStep;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What everyone who reads the team ({@code TeamPermission.READ}, auditors included) may ask. */
public interface TeamQueries {

    /** The plan of the year with the steps the asker may take. */
    Optional<WithSteps<TrainingPlan, TrainingStep>> plan(int year);

    /** The names of the files the plan's completions attach, by attachment id: what the screen shows. */
    Map<UUID, String> evidenceNames(TrainingPlanId plan);

    /** A file a completion of the plan attaches, to download; any other attachment is {@code NotFound}. */
    StoredFile evidence(TrainingPlanId plan, UUID attachment);

    List<AppraisalResult> appraisals(Period.Quarter quarter);

    /** As it stands today in the organization's zone. */
    TrainingCompletion trainingCompletion(Period period);

    AppraisalPassRate passRate(Period.Quarter quarter);

    /**
     * The Operations staff still employed (the people of the organization's Operations department), by name: who a
     * course or an appraisal names. Names only: a reader of the team need not read the people's records.
     */
    List<Member> staff();

    record Member(PersonId id, String name) {
    }
}
