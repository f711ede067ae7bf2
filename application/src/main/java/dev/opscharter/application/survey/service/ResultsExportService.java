package dev.opscharter.application.survey.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.survey.ResultsReport;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.in.ExportResults;
import dev.opscharter.application.survey.port.out.ResultsRenderer;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;

import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the results through {@link CampaignQueries}, so the file is checked, disclosed and narrowed
 * exactly as the screen is (the same permission, the same hidden groups, a lead's own department only):
 * an export never becomes a second way round the minimum group.
 */
public final class ResultsExportService implements ExportResults {

    private final CampaignQueries queries;
    private final Departments departments;
    private final ResultsRenderer renderer;
    private final UseCase uc;

    public ResultsExportService(CampaignQueries queries, Departments departments, ResultsRenderer renderer,
                                UseCase uc) {
        this.queries = queries;
        this.departments = departments;
        this.renderer = renderer;
        this.uc = uc;
    }

    @Override
    public StoredFile export(CampaignId id, DocumentFormat format) {
        var campaign = queries.detail(id).record();
        var results = queries.results(id);
        var names = departments.all().stream().collect(Collectors.toMap(Department::id, Department::name));
        var report = new ResultsReport(campaign, results, names, uc.calendar().today());
        var name = "survey-results-" + campaign.quarter().map(Period.Quarter::key)
                .orElse(campaign.window().opensOn().toString()) + "." + format.extension();
        return new StoredFile(UUID.randomUUID(), name, format.contentType(), renderer.render(report, format));
    }
}
