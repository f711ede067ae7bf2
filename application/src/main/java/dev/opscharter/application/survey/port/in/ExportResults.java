package dev.opscharter.application.survey.port.in;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.domain.survey.CampaignId;

/** A campaign's results as a file, for whoever may read them: exactly what {@link CampaignQueries#results} shows them. */
public interface ExportResults {

    StoredFile export(CampaignId id, DocumentFormat format);
}
