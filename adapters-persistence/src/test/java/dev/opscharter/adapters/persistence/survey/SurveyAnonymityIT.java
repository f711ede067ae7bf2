package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.adapters.persistence.testing.TestDatabase;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.application.survey.port.in.SubmitResponse.Outcome;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.application.survey.service.ResponseService;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.GuardKey;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SurveyWindow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
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
 * (which connects as its least-privileged role) nor the tables' owner can change or remove it. The
 * guard row written with it (V22) holds only an HMAC, its campaign and the department; and the rows a
 * submission writes share no transaction id with any invitation row (the probe that found V21's hole).
 */
@PersistenceIntegrationTest
class SurveyAnonymityIT {

    /** The tables a submission writes, where no key may be generated in order. */
    private static final List<String> SUBMISSION_TABLES =
            List.of("survey_response", "survey_response_answer", "survey_submission");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final GuardKey KEY = GuardKey.generate(new SecureRandom());

    @Autowired
    private JdbcClient application;
    @Autowired
    private Campaigns campaigns;
    @Autowired
    private Responses responses;
    @Autowired
    private Invitations invitations;
    @Autowired
    private Submissions submissions;
    @Autowired
    private Departments departments;
    @Autowired
    private Transactions transactions;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private ProcessedRequests processedRequests;

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
        for (var table : SUBMISSION_TABLES) {
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
    void an_invitation_keeps_neither_that_it_was_answered_nor_when() {
        assertThat(columns("survey_invitation")).containsExactlyInAnyOrder(
                "id uuid", "campaign_id uuid", "department_id uuid", "person_id uuid", "email character varying",
                "language character varying", "sent_at timestamp with time zone",
                "reminded_at timestamp with time zone");
    }

    @Test
    void a_guard_row_holds_exactly_the_guard_its_campaign_and_the_department_and_leads_to_no_invitation() {
        assertThat(columns("survey_submission")).containsExactlyInAnyOrder(
                "guard character", "campaign_id uuid", "department_id uuid");
        assertThat(application.sql("""
                        select c.confrelid::regclass::text from pg_constraint c
                        where c.contype = 'f' and c.conrelid::regclass::text = 'survey_submission'""")
                .query(String.class).list()).containsExactlyInAnyOrder("survey_campaign", "department");
    }

    /**
     * V21's hole, probed as the application's role after real submissions: no row an invitation or its
     * links hold was written or locked ({@code xmin}, {@code xmax}) by the transaction that wrote a
     * response, an answer or a guard; an invitation row is not even written when it is answered; and
     * the audit entry that shares the response's transaction says only the day.
     */
    @Test
    void no_join_on_the_transaction_id_leads_from_an_invitation_to_what_a_submission_wrote() {
        var today = LocalDate.now(SHANGHAI);
        var campaign = campaigns.save(SurveyFixtures.inState(SurveyFixtures.draft(Optional.empty(),
                new SurveyWindow(today.minusDays(1), today.plusDays(13))), CampaignState.OPEN, Optional.empty()));
        var tokens = new ArrayList<InvitationToken>();
        var issued = new ArrayList<Invitation>();
        for (int i = 0; i < 3; i++) {
            tokens.add(InvitationToken.random());
            issued.add(Invitation.issue(campaign.id(), tokens.getLast(), SALES, Optional.empty(),
                    Optional.of(new EmailAddress("probe" + i + "@example.com")), Language.ZH_CN));
        }
        invitations.addAll(issued);
        var before = invitationVersions(campaign.id());
        var answers = new HashMap<DepartmentId, Map<ItemCode, Integer>>();
        campaign.scope().ratedBy(SALES, campaign.invited(), operations()).forEach(rated -> answers.put(rated,
                Map.of(new ItemCode("RESPONSIVENESS"), 4, new ItemCode("COMMUNICATION"), 5)));

        var service = responseService();
        for (var token : tokens.subList(0, 2)) {
            assertThat(service.submit(token.value(), answers, Optional.of("探针"))).isEqualTo(Outcome.RECORDED);
        }

        assertThat(responses.count(campaign.id())).isEqualTo(2L * answers.size());
        assertThat(invitationVersions(campaign.id())).as("no invitation row written").isEqualTo(before);
        // the probe sees what shares a transaction: the guard does, which is why it must lead nowhere
        assertThat(application.sql("""
                        select count(*) from survey_submission s join survey_response r on r.xmin = s.xmin
                        where r.campaign_id = :campaign""")
                .param("campaign", campaign.id().value()).query(Long.class).single())
                .isEqualTo(2L * answers.size());
        for (var invitationTable : List.of("survey_invitation", "survey_invitation_link")) {
            for (var written : List.of("survey_response", "survey_response_answer", "survey_submission")) {
                // xmax too: a row locked by the submission (select ... for update) would carry its id there
                assertThat(application.sql("select count(*) from " + invitationTable + " i join " + written
                        + " w on w.xmin = i.xmin or w.xmin = i.xmax").query(Long.class).single())
                        .as(invitationTable + " joined with " + written + " on xmin or xmax").isZero();
            }
        }
        assertThat(application.sql("""
                        select distinct a.occurred_at from audit_entry a
                        where a.xmin in (select r.xmin from survey_response r where r.campaign_id = :campaign)""")
                .param("campaign", campaign.id().value()).query(OffsetDateTime.class).list())
                .extracting(OffsetDateTime::toInstant)
                .containsExactly(today.atStartOfDay(SHANGHAI).toInstant());
    }

    private ResponseService responseService() {
        var useCase = new UseCase(transactions, () -> Actor.ANONYMOUS, auditLog, processedRequests,
                new BusinessCalendar(Clock.systemUTC(), () -> SHANGHAI));
        return new ResponseService(campaigns, invitations, responses, submissions, departments, KEY, useCase);
    }

    /**
     * Operations as the service finds it: the shared database also holds Operations departments other
     * tests made, and the service takes the active one whose code sorts first.
     */
    private DepartmentId operations() {
        return departments.all().stream().filter(d -> d.kind() == DepartmentKind.OPERATIONS)
                .min(Comparator.comparing((Department d) -> !d.active()).thenComparing(d -> d.code().value()))
                .map(Department::id).orElseThrow();
    }

    /** Each invitation row's and link row's transaction id, by invitation. */
    private List<String> invitationVersions(CampaignId campaign) {
        return application.sql("""
                        select i.id || ' ' || i.xmin || ' ' || l.xmin from survey_invitation i
                        join survey_invitation_link l on l.invitation_id = i.id
                        where i.campaign_id = :campaign order by i.id, l.position""")
                .param("campaign", campaign.value()).query(String.class).list();
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
