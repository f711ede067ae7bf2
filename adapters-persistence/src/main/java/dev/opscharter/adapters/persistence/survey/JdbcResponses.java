package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Response;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Responses} in {@code survey_response} and its answers in {@code survey_response_answer}:
 * only inserted and read; the database refuses updates and deletes (V21). Nothing else is written
 * with a response — no time but the day, nothing of who sent it.
 */
@Component
class JdbcResponses implements Responses {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate transaction;

    JdbcResponses(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void addAll(List<Response> responses) {
        if (responses.isEmpty()) {
            return;
        }
        var answers = new ArrayList<MapSqlParameterSource>();
        responses.forEach(response -> response.answers().forEach((item, score) -> answers.add(
                new MapSqlParameterSource()
                        .addValue("response", response.id())
                        .addValue("item", item.value())
                        .addValue("score", score))));
        transaction.executeWithoutResult(status -> {
            batch.batchUpdate("""
                            insert into survey_response (id, campaign_id, rater_department_id, rated_department_id,
                                comment, submitted_on)
                            values (:id, :campaign, :rater, :rated, :comment, :submittedOn)""",
                    responses.stream().map(JdbcResponses::row).toArray(MapSqlParameterSource[]::new));
            if (!answers.isEmpty()) {
                batch.batchUpdate("""
                                insert into survey_response_answer (response_id, item, score)
                                values (:response, :item, :score)""",
                        answers.toArray(MapSqlParameterSource[]::new));
            }
        });
    }

    /**
     * One query for the whole campaign. Not paged: a campaign's responses are bounded by its
     * invitations (at most one response per invitation and rated department), and the results need
     * them all at once.
     */
    @Override
    public List<Response> of(CampaignId campaign) {
        var heads = new LinkedHashMap<UUID, Head>();
        var answers = new HashMap<UUID, Map<ItemCode, Integer>>();
        jdbc.sql("""
                        select r.id, r.rater_department_id, r.rated_department_id, r.comment, r.submitted_on,
                            a.item, a.score
                        from survey_response r left join survey_response_answer a on a.response_id = r.id
                        where r.campaign_id = :campaign""")
                .param("campaign", campaign.value())
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    if (!heads.containsKey(id)) {
                        heads.put(id, new Head(new DepartmentId(rs.getObject("rater_department_id", UUID.class)),
                                new DepartmentId(rs.getObject("rated_department_id", UUID.class)),
                                Optional.ofNullable(rs.getString("comment")),
                                rs.getObject("submitted_on", LocalDate.class)));
                    }
                    var item = rs.getString("item");
                    if (item != null) {
                        answers.computeIfAbsent(id, k -> new HashMap<>()).put(new ItemCode(item), rs.getInt("score"));
                    }
                });
        return heads.entrySet().stream().map(e -> new Response(e.getKey(), campaign, e.getValue().rater,
                e.getValue().rated, answers.getOrDefault(e.getKey(), Map.of()), e.getValue().comment,
                e.getValue().submittedOn)).toList();
    }

    @Override
    public long count(CampaignId campaign) {
        return jdbc.sql("select count(*) from survey_response where campaign_id = :campaign")
                .param("campaign", campaign.value()).query(Long.class).single();
    }

    private static MapSqlParameterSource row(Response response) {
        return new MapSqlParameterSource()
                .addValue("id", response.id())
                .addValue("campaign", response.campaign().value())
                .addValue("rater", response.rater().value())
                .addValue("rated", response.rated().value())
                .addValue("comment", response.comment().orElse(null), Types.VARCHAR)
                .addValue("submittedOn", response.submittedOn());
    }

    /** A response's row, before its answers are gathered. */
    private record Head(DepartmentId rater, DepartmentId rated, Optional<String> comment, LocalDate submittedOn) {
    }
}
