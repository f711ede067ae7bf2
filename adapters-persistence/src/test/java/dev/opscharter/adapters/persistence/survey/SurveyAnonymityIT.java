package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.adapters.persistence.testing.TestDatabase;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.OPERATIONS;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Anonymity read from the schema itself (issue 13, item 4): a response holds exactly these columns —
 * nothing that leads to a token, an invitation, a person, an address, an agent or a time finer than
 * the day — has no foreign key to an invitation and no generated key, and neither the application
 * (which connects as its least-privileged role) nor the tables' owner can change or remove it.
 */
@PersistenceIntegrationTest
class SurveyAnonymityIT {

    private static final List<String> RESPONSE_TABLES = List.of("survey_response", "survey_response_answer");

    @Autowired
    private JdbcClient application;
    @Autowired
    private Campaigns campaigns;
    @Autowired
    private Responses responses;

    private final JdbcClient owner = JdbcClient.create(TestDatabase.ownerDataSource());

    @Test
    void a_response_holds_exactly_its_campaign_the_two_departments_the_comment_and_the_day() {
        assertThat(columns("survey_response")).containsExactlyInAnyOrder(
                "id uuid", "campaign_id uuid", "rater_department_id uuid", "rated_department_id uuid",
                "comment character varying", "submitted_on date");
        assertThat(columns("survey_response_answer")).containsExactlyInAnyOrder(
                "response_id uuid", "item character varying", "score smallint");
    }

    @Test
    void a_response_s_key_is_given_by_the_application_never_generated_in_order() {
        for (var table : RESPONSE_TABLES) {
            assertThat(application.sql("""
                            select count(*) from information_schema.columns
                            where table_schema = current_schema() and table_name = :table
                              and (column_default is not null or is_identity = 'YES' or is_generated <> 'NEVER')""")
                    .param("table", table).query(Long.class).single()).as(table).isZero();
        }
    }

    @Test
    void nothing_leads_from_a_response_to_an_invitation() {
        assertThat(application.sql("""
                        select c.conrelid::regclass::text || ' -> ' || c.confrelid::regclass::text
                        from pg_constraint c
                        where c.contype = 'f' and c.conrelid::regclass::text in ('survey_response', 'survey_response_answer')
                        order by 1""")
                .query(String.class).list())
                .containsExactlyInAnyOrder(
                        "survey_response -> survey_campaign", "survey_response -> department",
                        "survey_response -> department", "survey_response_answer -> survey_response")
                .noneMatch(reference -> reference.contains("invitation"));
        assertThat(application.sql("""
                        select count(*) from pg_constraint c
                        where c.contype = 'f' and c.conrelid::regclass::text like 'survey_invitation%'
                          and c.confrelid::regclass::text like 'survey_response%'""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_application_cannot_change_or_remove_a_response() {
        var response = storedResponse();

        for (var statement : List.of("update survey_response set comment = 'changed' where id = :id",
                "delete from survey_response where id = :id")) {
            assertThatThrownBy(() -> application.sql(statement).param("id", response).update())
                    .rootCause().hasMessageContaining("permission denied for table survey_response");
        }
        for (var statement : List.of("update survey_response_answer set score = 1 where response_id = :id",
                "delete from survey_response_answer where response_id = :id")) {
            assertThatThrownBy(() -> application.sql(statement).param("id", response).update())
                    .rootCause().hasMessageContaining("permission denied for table survey_response_answer");
        }
    }

    @Test
    void even_the_owner_cannot_change_or_remove_a_response_the_triggers_refuse_it() {
        var response = storedResponse();

        assertThatThrownBy(() -> owner.sql("update survey_response set comment = 'changed' where id = :id")
                .param("id", response).update())
                .rootCause().hasMessageContaining("survey_response is append-only: no update");
        assertThatThrownBy(() -> owner.sql("delete from survey_response where id = :id").param("id", response)
                .update()).rootCause().hasMessageContaining("survey_response is append-only: no delete");
        assertThatThrownBy(() -> owner.sql("update survey_response_answer set score = 1 where response_id = :id")
                .param("id", response).update())
                .rootCause().hasMessageContaining("survey_response_answer is append-only: no update");
        assertThatThrownBy(() -> owner.sql("delete from survey_response_answer where response_id = :id")
                .param("id", response).update())
                .rootCause().hasMessageContaining("survey_response_answer is append-only: no delete");
        assertThatThrownBy(() -> owner.sql("truncate survey_response_answer").update())
                .rootCause().hasMessageContaining("survey_response_answer is append-only: no truncate");

        assertThat(application.sql("select count(*) from survey_response_answer where response_id = :id")
                .param("id", response).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void an_invitation_keeps_that_it_was_used_but_not_when() {
        assertThat(columns("survey_invitation")).containsExactlyInAnyOrder(
                "id uuid", "campaign_id uuid", "department_id uuid", "person_id uuid", "email character varying",
                "language character varying", "used boolean", "sent_at timestamp with time zone",
                "reminded_at timestamp with time zone");
    }

    private UUID storedResponse() {
        var campaign = campaigns.save(SurveyFixtures.draft(new Period.Quarter(2031, 2))).id();
        var id = UUID.randomUUID();
        responses.addAll(List.of(new Response(id, campaign, SALES, OPERATIONS,
                Map.of(new ItemCode("RESPONSIVENESS"), 4, new ItemCode("COMMUNICATION"), 5), Optional.of("好"),
                LocalDate.of(2031, 4, 9))));
        return id;
    }

    private List<String> columns(String table) {
        return application.sql("""
                        select column_name || ' ' || data_type from information_schema.columns
                        where table_schema = current_schema() and table_name = :table""")
                .param("table", table).query(String.class).list();
    }
}
