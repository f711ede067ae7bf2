package dev.opscharter.bootstrap.config;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.application.team.port.out.AppraisalResults;
import dev.opscharter.application.team.port.out.TrainingPlans;
import dev.opscharter.application.team.service.TeamService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The team (SPEC §5 "Team", issue 16) meets its adapters: the training plans and appraisal results in PostgreSQL,
 * the organization's people everyone named must be and its departments (who the Operations staff are), the
 * evidence files completions attach, and the
 * pass mark results are judged by ({@code opscharter.team.pass-mark}, 60 unless set). One service answers {@code ManageTraining},
 * {@code RecordAppraisals} and {@code TeamQueries}; its scorecard parts come from {@link AppraisalConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class TeamConfiguration {

    @Bean
    TeamService teamService(TrainingPlans plans, AppraisalResults results, People people, Departments departments,
                            Attachments files, OpsCharterProperties properties, UseCase useCase) {
        return new TeamService(plans, results, people, departments, files, properties.team().passMark(), useCase);
    }
}
