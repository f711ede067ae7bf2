package dev.opscharter.application.survey.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.survey.ResultsReport;
import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.GroupResult;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.ResultGroup;
import dev.opscharter.domain.survey.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The results file is written from exactly what the reader may see on screen, and only for a reader. */
class ResultsExportServiceTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final List<ResultsReport> rendered = new ArrayList<>();
    private final ResultsExportService service = new ResultsExportService(survey.campaignService(),
            survey.org.departments, (report, format) -> {
                rendered.add(report);
                return format.name().getBytes(StandardCharsets.UTF_8);
            }, survey.org.useCase);

    static Stream<Actor> notReaders() {
        return Actors.allBut(Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR,
                Role.DEPARTMENT_LEAD);
    }

    @Test
    void a_manager_takes_away_every_group_with_the_departments_named() {
        var campaign = answered(Map.of(survey.finance, 3, survey.hr, 4, survey.it, 3));
        survey.org.actAs("li.ming", Role.OPS_MANAGER);

        var file = service.export(campaign.id(), DocumentFormat.EXCEL);

        assertThat(file.fileName()).isEqualTo("survey-results-2026-Q2.xlsx");
        assertThat(file.contentType()).isEqualTo(DocumentFormat.EXCEL.contentType());
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("EXCEL");
        var report = rendered.getFirst();
        assertThat(report.campaign().id()).isEqualTo(campaign.id());
        assertThat(report.results().raters().groups()).hasSize(3);
        assertThat(report.results().overall().respondents()).contains(10);
        assertThat(report.departments()).containsEntry(survey.hr.id(), survey.hr.name())
                .containsEntry(survey.operations.id(), survey.operations.name());
        assertThat(report.writtenOn()).isEqualTo(survey.org.calendar.today());
    }

    @Test
    void a_department_lead_takes_away_only_what_their_screen_shows() {
        var campaign = answered(Map.of(survey.finance, 3, survey.hr, 4, survey.it, 3));
        var lead = survey.org.person("wang fang", survey.hr).roles(Role.DEPARTMENT_LEAD).save();
        survey.org.account(lead, "wang.fang");
        survey.org.actAs("wang.fang", Role.DEPARTMENT_LEAD);

        service.export(campaign.id(), DocumentFormat.PDF);

        var results = rendered.getFirst().results();
        assertThat(results.raters().groups()).extracting(GroupResult::group)
                .containsExactly(new ResultGroup.RaterDepartment(survey.hr.id()));
        assertThat(results.rated().groups()).isEmpty();
        assertThat(results.comments()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("notReaders")
    void nobody_else_takes_the_results_away(Actor someone) {
        var campaign = answered(Map.of(survey.finance, 3));
        survey.org.actAs(someone);

        assertThatThrownBy(() -> service.export(campaign.id(), DocumentFormat.PDF)).isInstanceOf(AccessDenied.class);
        assertThat(rendered).isEmpty();
    }

    /** An open campaign with so many respondents per invited department, each answering 4 on every item. */
    private Campaign answered(Map<Department, Integer> respondents) {
        var campaign = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);
        var responses = new ArrayList<Response>();
        respondents.forEach((department, count) -> {
            for (int i = 0; i < count; i++) {
                responses.add(new Response(UUID.randomUUID(), campaign.id(), department.id(),
                        survey.operations.id(), SurveyFixture.all(4), Optional.empty(), survey.org.calendar.today()));
            }
        });
        survey.responses.addAll(responses);
        return campaign;
    }
}
