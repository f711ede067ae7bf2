package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.in.ManageCampaigns;
import dev.opscharter.application.survey.port.in.ManageCampaigns.CampaignDraft;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.ItemCode;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.Response;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's results on PostgreSQL, in English: shown groups carry a percentage and the standard,
 * a group below the minimum says so and shows no number, the small ones fold into "other
 * departments", and a department lead reads the overall and their own department only.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class CampaignResultsViewIT extends ViewTest {

    private static final String FEWER = "Fewer than 3 responses — not shown";

    @Autowired
    ManageCampaigns manage;
    @Autowired
    DepartmentQueries departments;
    @Autowired
    CampaignQueries queries;
    @Autowired
    Responses responses;
    @Autowired
    UserDetailsService users;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Department> byCode;

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        byCode = SystemTasks.asSystem(() -> departments.all()).stream()
                .collect(Collectors.toMap(d -> d.code().value(), d -> d));
    }

    /** Finance and HR answer three times each, IT once and Sales twice, all about Operations. */
    private CampaignId answered() {
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var invited = List.of("FINANCE", "HR", "IT", "SALES").stream().map(c -> byCode.get(c).id()).toList();
        var signedIn = new SignedIn(users);
        var id = signedIn.as("manager", () -> manage.create(RequestKey.fresh(), new CampaignDraft(
                new BilingualName("结果 " + suffix, "Results " + suffix), Optional.empty(),
                new SurveyWindow(today.minusDays(1), today.plusDays(10)), Questionnaire.defaults(), invited,
                RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, Campaign.DEFAULT_GROUP)));
        signedIn.as("manager", () -> {
            manage.schedule(id, queries.detail(id).record().version());
            manage.open(id, queries.detail(id).record().version());
            return id;
        });
        var operations = byCode.values().stream().filter(d -> d.kind() == DepartmentKind.OPERATIONS).findFirst()
                .orElseThrow().id();
        var all = new ArrayList<Response>();
        Map<String, int[]> scores = new LinkedHashMap<>();
        scores.put("FINANCE", new int[] {5, 5, 4});
        scores.put("HR", new int[] {5, 4, 2});
        scores.put("IT", new int[] {1});
        scores.put("SALES", new int[] {4, 3});
        scores.forEach((code, of) -> {
            for (int score : of) {
                all.add(response(id, byCode.get(code).id(), operations, score,
                        code.equals("FINANCE") && score == 4 ? "Quick answers " + suffix : null, today));
            }
        });
        responses.addAll(all);
        return id;
    }

    private static Response response(CampaignId campaign, DepartmentId rater, DepartmentId rated, int score,
                                     String comment, LocalDate day) {
        var answers = new LinkedHashMap<ItemCode, Integer>();
        Questionnaire.defaults().codes().forEach(code -> answers.put(code, score));
        return new Response(UUID.randomUUID(), campaign, rater, rated, answers, Optional.ofNullable(comment), day);
    }

    @SuppressWarnings("unchecked")
    private Grid<CampaignResultsView.Row> grid(String id) {
        return $(Grid.class).id(id);
    }

    private List<String> row(String gridId, String label) {
        var grid = grid(gridId);
        return IntStream.range(0, test(grid).size()).mapToObj(i -> rowTexts(grid, i))
                .filter(texts -> texts.getFirst().equals(label)).findFirst().orElseThrow();
    }

    private void open(CampaignId id) {
        UI.getCurrent().navigate("surveys/" + id + "/results");
        assertThat(getCurrentView()).isInstanceOf(CampaignResultsView.class);
    }

    @Test
    void a_group_below_the_minimum_says_so_and_shows_no_number() {
        var id = answered();
        open(id);

        // nine people answered every item, six of them with 4 or 5
        assertThat(test($(Span.class).id("results-overall-value")).getText()).isEqualTo("66.7%");
        var finance = row("results-raters", byCode.get("FINANCE").name().english());
        assertThat(finance.subList(1, 3)).containsExactly("100.0%", "3");
        for (var small : List.of("IT", "SALES")) {
            var hidden = row("results-raters", byCode.get(small).name().english());
            assertThat(hidden.get(1)).isEqualTo(FEWER);
            assertThat(hidden.get(2)).isEmpty();
            assertThat(String.join(" ", hidden)).doesNotContain("%").doesNotContainPattern("[0-9]{2}");
        }
        // IT and Sales together reach the minimum: shown folded, never apart
        assertThat(row("results-raters", "Other departments (together)").subList(1, 3))
                .containsExactly("33.3%", "3");
        assertThat($(Div.class).id("results-comments-0").getElement().getTextRecursively())
                .contains("Quick answers " + suffix);
    }

    @Test
    void a_department_lead_reads_the_overall_and_only_their_own_department() {
        var id = answered();
        new SignedIn(users).switchTo("sales.lead");
        open(id);

        assertThat(test($(Span.class).id("results-overall-value")).getText()).endsWith("%");
        var raters = grid("results-raters");
        assertThat(test(raters).size()).isEqualTo(1);
        assertThat(rowTexts(raters, 0).subList(0, 3)).containsExactly(byCode.get("SALES").name().english(), FEWER,
                "");
        assertThat(test(grid("results-rated")).size()).isZero();
        assertThat($(Details.class).withId("results-department-0").exists())
                .isFalse();
    }
}
