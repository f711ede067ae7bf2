package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.LikertItem;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link Campaigns} in {@code survey_campaign}, its items ({@code survey_campaign_item}) and invited
 * departments ({@code survey_campaign_department}), both in order. Optimistic locking on
 * {@code version}: an update names the version it read. Items and departments are written with a new
 * campaign and rewritten only while it may still change (draft, scheduled): from opening on the
 * database refuses to change them, and a closed campaign altogether.
 */
@Component
class JdbcCampaigns implements Campaigns {

    private static final String ENTITY = "Campaign";
    private static final String COLUMNS = """
            id, title_zh, title_en, quarter, opens_on, closes_on, comment_prompt_zh, comment_prompt_en, scope, method,
            minimum_group, state, closed_on, created_by, version""";
    private static final Map<String, String> SORT_KEYS = Map.of(
            "title", "title_zh",
            "titleZh", "title_zh",
            "titleEn", "lower(title_en)",
            "opensOn", "opens_on",
            "closesOn", "closes_on",
            "state", "array_position(array[" + Arrays.stream(CampaignState.values())
                    .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + "]::text[], state::text)");
    private static final String NEWEST_WINDOW_FIRST = "opens_on desc, closes_on desc, id";
    private static final String WHERE = " where (cast(:state as text) is null or state = cast(:state as text)) ";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcCampaigns(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Campaign save(Campaign campaign) {
        return transaction.execute(status -> Saves.translated(ENTITY, campaign.id(), Map.of(),
                () -> campaign.version() == 0 ? insert(campaign) : update(campaign)));
    }

    private Campaign insert(Campaign campaign) {
        bind(jdbc.sql("insert into survey_campaign (" + COLUMNS + """
                        ) values (:id, :titleZh, :titleEn, :quarter, :opensOn, :closesOn, :promptZh, :promptEn, :scope,
                        :method, :minimumGroup, :state, :closedOn, :createdBy, 1)"""), campaign)
                .param("createdBy", campaign.createdBy())
                .update();
        writeParts(campaign);
        return campaign.withVersion(1);
    }

    private Campaign update(Campaign campaign) {
        int updated = bind(jdbc.sql("""
                        update survey_campaign set title_zh = :titleZh, title_en = :titleEn, quarter = :quarter,
                            opens_on = :opensOn, closes_on = :closesOn, comment_prompt_zh = :promptZh,
                            comment_prompt_en = :promptEn, scope = :scope, method = :method,
                            minimum_group = :minimumGroup, state = :state, closed_on = :closedOn, version = version + 1
                        where id = :id and version = :version"""), campaign)
                .param("version", campaign.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentModification(ENTITY, campaign.id());
        }
        if (campaign.state().beforeOpening()) {
            jdbc.sql("delete from survey_campaign_item where campaign_id = :id").param("id", campaign.id().value())
                    .update();
            jdbc.sql("delete from survey_campaign_department where campaign_id = :id")
                    .param("id", campaign.id().value()).update();
            writeParts(campaign);
        }
        return campaign.withVersion(campaign.version() + 1);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Campaign campaign) {
        var prompt = campaign.questionnaire().commentPrompt();
        return statement
                .param("id", campaign.id().value())
                .param("titleZh", campaign.title().chinese())
                .param("titleEn", campaign.title().english())
                .param("quarter", campaign.quarter().map(Period.Quarter::key).orElse(null), Types.VARCHAR)
                .param("opensOn", campaign.window().opensOn())
                .param("closesOn", campaign.window().closesOn())
                .param("promptZh", prompt.chinese())
                .param("promptEn", prompt.english())
                .param("scope", campaign.scope().name())
                .param("method", campaign.method().name())
                .param("minimumGroup", campaign.minimumGroup())
                .param("state", campaign.state().name())
                .param("closedOn", campaign.closedOn().orElse(null), Types.DATE);
    }

    private void writeParts(Campaign campaign) {
        var items = campaign.questionnaire().items();
        for (int position = 0; position < items.size(); position++) {
            var item = items.get(position);
            jdbc.sql("""
                            insert into survey_campaign_item (campaign_id, position, code, text_zh, text_en, required)
                            values (:campaign, :position, :code, :textZh, :textEn, :required)""")
                    .param("campaign", campaign.id().value())
                    .param("position", position)
                    .param("code", item.code().value())
                    .param("textZh", item.text().chinese())
                    .param("textEn", item.text().english())
                    .param("required", item.required())
                    .update();
        }
        var invited = campaign.invited();
        for (int position = 0; position < invited.size(); position++) {
            jdbc.sql("""
                            insert into survey_campaign_department (campaign_id, position, department_id)
                            values (:campaign, :position, :department)""")
                    .param("campaign", campaign.id().value())
                    .param("position", position)
                    .param("department", invited.get(position).value())
                    .update();
        }
    }

    @Override
    public Optional<Campaign> byId(CampaignId id) {
        return campaigns(" where id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<Long> version(CampaignId id) {
        return jdbc.sql("select version from survey_campaign where id = :id").param("id", id.value())
                .query(Long.class).optional();
    }

    @Override
    public List<Campaign> page(CampaignFilter filter, PageRequest page) {
        return campaigns(WHERE + SqlPage.orderAndLimit(page, SORT_KEYS, NEWEST_WINDOW_FIRST),
                Map.of("limit", page.limit(), "offset", page.offset()), filter);
    }

    @Override
    public long count(CampaignFilter filter) {
        return jdbc.sql("select count(*) from survey_campaign" + WHERE)
                .param("state", filter.state().map(Enum::name).orElse(null), Types.VARCHAR)
                .query(Long.class).single();
    }

    /** A cancelled campaign counts only when the quarter has no other: the scheduler then makes no new one. */
    @Override
    public Optional<Campaign> ofQuarter(Period.Quarter quarter) {
        return campaigns(" where quarter = :quarter order by case state when 'OPEN' then 0 when 'CLOSED' then 1"
                        + " when 'SCHEDULED' then 2 when 'DRAFT' then 3 else 4 end, opens_on desc, id limit 1",
                Map.of("quarter", quarter.key())).stream().findFirst();
    }

    /** Cancelled campaigns are no template: they were called off, perhaps because of their settings. */
    @Override
    public Optional<Campaign> latestQuarterly() {
        return campaigns(" where quarter is not null and state <> 'CANCELLED' order by quarter desc, opens_on desc, id"
                + " limit 1", Map.of()).stream().findFirst();
    }

    /** At most {@link PageRequest#MAX_LIMIT}, the earliest first: the scheduler's next run takes the rest. */
    @Override
    public List<Campaign> due(CampaignState state, LocalDate day) {
        var column = switch (state) {
            case SCHEDULED -> "opens_on <= :day";
            case OPEN -> "closes_on < :day";
            case DRAFT, CLOSED, CANCELLED -> throw new IllegalArgumentException("no campaign is due in " + state);
        };
        return campaigns(" where state = :state and " + column + " order by opens_on, id limit " + PageRequest.MAX_LIMIT,
                Map.of("state", state.name(), "day", day));
    }

    /** At most {@link PageRequest#MAX_LIMIT} (a quarter has one or a few), the earliest closed first. */
    @Override
    public List<Campaign> closedIn(Period.Quarter quarter) {
        return campaigns(" where state = 'CLOSED' and closed_on >= :first and closed_on < :end"
                        + " order by closed_on, id limit " + PageRequest.MAX_LIMIT,
                Map.of("first", quarter.firstDay(), "end", quarter.endExclusive()));
    }

    private List<Campaign> campaigns(String rest, Map<String, ?> params) {
        return campaigns(rest, params, null);
    }

    /** The campaigns the statement selects, in its order, with their items and departments (three queries). */
    private List<Campaign> campaigns(String rest, Map<String, ?> params, @Nullable CampaignFilter filter) {
        var statement = jdbc.sql("select " + COLUMNS + " from survey_campaign" + rest).params(params);
        if (filter != null) {
            statement = statement.param("state", filter.state().map(Enum::name).orElse(null), Types.VARCHAR);
        }
        var heads = statement.query((rs, n) -> head(rs)).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var ids = heads.stream().map(Head::id).toList();
        var items = new HashMap<UUID, List<LikertItem>>();
        jdbc.sql("""
                        select campaign_id, code, text_zh, text_en, required from survey_campaign_item
                        where campaign_id in (:ids) order by campaign_id, position""")
                .param("ids", ids)
                .query(rs -> {
                    items.computeIfAbsent(rs.getObject("campaign_id", UUID.class), k -> new ArrayList<>())
                            .add(new LikertItem(new ItemCode(rs.getString("code")),
                                    new BilingualName(rs.getString("text_zh"), rs.getString("text_en")),
                                    rs.getBoolean("required")));
                });
        var departments = new HashMap<UUID, List<DepartmentId>>();
        jdbc.sql("""
                        select campaign_id, department_id from survey_campaign_department
                        where campaign_id in (:ids) order by campaign_id, position""")
                .param("ids", ids)
                .query(rs -> {
                    departments.computeIfAbsent(rs.getObject("campaign_id", UUID.class), k -> new ArrayList<>())
                            .add(new DepartmentId(rs.getObject("department_id", UUID.class)));
                });
        return heads.stream().map(head -> head.campaign(items.getOrDefault(head.id, List.of()),
                departments.getOrDefault(head.id, List.of()))).toList();
    }

    private static Head head(ResultSet rs) throws SQLException {
        var quarter = Optional.ofNullable(rs.getString("quarter"))
                .map(key -> (Period.Quarter) Period.parse(key));
        return new Head(rs.getObject("id", UUID.class),
                new BilingualName(rs.getString("title_zh"), rs.getString("title_en")), quarter,
                new SurveyWindow(rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class)),
                new BilingualName(rs.getString("comment_prompt_zh"), rs.getString("comment_prompt_en")),
                RatingScope.valueOf(rs.getString("scope")), SatisfactionMethod.valueOf(rs.getString("method")),
                rs.getInt("minimum_group"), CampaignState.valueOf(rs.getString("state")),
                Optional.ofNullable(rs.getObject("closed_on", LocalDate.class)), rs.getString("created_by"),
                rs.getLong("version"));
    }

    /** A campaign's row, before its items and departments are read. */
    private record Head(UUID id, BilingualName title, Optional<Period.Quarter> quarter, SurveyWindow window,
                        BilingualName commentPrompt, RatingScope scope, SatisfactionMethod method, int minimumGroup,
                        CampaignState state, Optional<LocalDate> closedOn, String createdBy, long version) {

        Campaign campaign(List<LikertItem> items, List<DepartmentId> invited) {
            return Campaign.reconstitute(new CampaignId(id), title, quarter, window,
                    new Questionnaire(items, commentPrompt), invited, scope, method, minimumGroup, state, closedOn,
                    createdBy, version);
        }
    }
}
