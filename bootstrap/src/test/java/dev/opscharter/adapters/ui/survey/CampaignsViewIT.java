package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.in.ManageCampaigns;
import dev.opscharter.application.survey.port.in.ManageCampaigns.CampaignDraft;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey campaigns through the real use cases on PostgreSQL, in English: the manager prepares a
 * campaign from the default questionnaire, a refusal shows at its field, and each role gets the
 * steps the campaign's rules give it.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class CampaignsViewIT extends ViewTest {

    private static final String GRID = "campaigns-grid";

    @Autowired
    CampaignQueries queries;
    @Autowired
    ManageCampaigns manage;
    @Autowired
    DepartmentQueries departments;
    @Autowired
    UserDetailsService users;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @SuppressWarnings("unchecked")
    private Grid<Campaign> grid() {
        return $(Grid.class).id(GRID);
    }

    private int rowOf(String englishTitle) {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).title().english().equals(englishTitle))
                .findFirst().orElse(-1);
    }

    /** A new list: the router keeps the shown view when navigating to it again, e.g. after another user signs in. */
    private void openList() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("surveys");
        assertThat(getCurrentView()).isInstanceOf(CampaignsView.class);
    }

    private boolean shown(String id) {
        return $(Button.class).withId(id).exists();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private CampaignId draft(String englishTitle) {
        var invited = SystemTasks.asSystem(() -> departments.all()).stream()
                .filter(d -> d.active() && d.kind() != DepartmentKind.OPERATIONS).limit(2).map(Department::id)
                .toList();
        return new SignedIn(users).as("manager", () -> manage.create(RequestKey.fresh(), new CampaignDraft(
                new BilingualName("调查 " + suffix, englishTitle), Optional.empty(),
                new SurveyWindow(today().minusDays(1), today().plusDays(10)), Questionnaire.defaults(), invited,
                RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, Campaign.DEFAULT_GROUP)));
    }

    private void openDetails(String englishTitle) {
        openList();
        int row = rowOf(englishTitle);
        assertThat(row).as(englishTitle).isNotNegative();
        test(grid()).select(row);
        click("campaigns-details");
        assertThat($(Dialog.class).id("campaign-details").isOpened()).isTrue();
    }

    @Test
    void the_manager_prepares_a_draft_with_the_default_questionnaire() {
        openList();
        click("campaigns-new");

        assertThat($(Dialog.class).id("campaign-dialog").isOpened()).isTrue();
        // prefilled: the default questionnaire, item by item, and a title naming the quarter
        assertThat(textField("campaign-item-0-code").getValue()).isEqualTo("RESPONSIVENESS");
        assertThat(textField("campaign-item-4-code").getValue()).isEqualTo("CONFLICT_RESOLUTION");
        assertThat($(TextField.class).withId("campaign-item-5-code").exists()).isFalse();
        assertThat(textField("campaign-title-en").getValue()).contains("collaboration satisfaction survey");
        var title = "Survey " + suffix;
        test(textField("campaign-title-en")).setValue(title);
        // the last item moves up: the questionnaire keeps the order as shown
        click("campaign-item-4-up");
        click("campaign-save");

        assertThat(notifications()).contains("Saved");
        var created = queries.page(new CampaignFilter(Optional.of(CampaignState.DRAFT)), PageRequest.first(500))
                .stream().filter(c -> c.title().english().equals(title)).findFirst().orElseThrow();
        assertThat(created.questionnaire().codes()).extracting(Object::toString).containsExactly("RESPONSIVENESS",
                "COMMUNICATION", "SUPPORT_QUALITY", "CONFLICT_RESOLUTION", "PROCESS_CLARITY");
        assertThat(created.quarter()).isPresent();
        assertThat(created.invited()).isNotEmpty();
        assertThat(rowOf(title)).isNotNegative();
        assertThat(rowTexts(grid(), rowOf(title))).contains(title);
    }

    @Test
    void a_refusal_shows_at_its_field_and_nothing_is_saved() {
        openList();
        click("campaigns-new");
        var title = "Refused " + suffix;
        test(textField("campaign-title-en")).setValue(title);
        test(textField("campaign-title-zh")).setValue("");
        var closes = $(DatePicker.class).id("campaign-closes-on");
        test(datePicker("campaign-opens-on")).setValue(today().plusDays(5));
        test(closes).setValue(today());

        click("campaign-save");

        // the first refusal the domain meets shows at its field: the Chinese title
        assertThat(textField("campaign-title-zh").isInvalid()).isTrue();
        assertThat(closes.isInvalid()).isFalse();
        test(textField("campaign-title-zh")).setValue("被拒 " + suffix);
        click("campaign-save");
        assertThat(textField("campaign-title-zh").isInvalid()).isFalse();
        assertThat(closes.isInvalid()).isTrue();
        assertThat(closes.getErrorMessage()).isEqualTo("The window closes on or after the day it opens");
        assertThat($(Dialog.class).id("campaign-dialog").isOpened()).isTrue();
        assertThat(queries.page(CampaignFilter.ALL, PageRequest.first(500)))
                .noneMatch(c -> c.title().english().equals(title));
    }

    @Test
    void each_role_gets_the_steps_of_a_draft_that_its_permissions_allow() {
        var title = "Steps " + suffix;
        draft(title);

        openDetails(title);
        assertThat(List.of("campaign-edit", "campaign-schedule", "campaign-cancel")).allMatch(this::shown);
        assertThat(shown("campaign-open")).isFalse();
        assertThat(shown("campaign-close")).isFalse();
        $(Dialog.class).id("campaign-details").close();

        new SignedIn(users).switchTo("specialist");
        openDetails(title);
        assertThat(shown("campaign-edit")).isTrue();
        assertThat(List.of("campaign-schedule", "campaign-cancel", "campaign-open")).noneMatch(this::shown);
        assertThat(shown("campaigns-new")).isTrue();
        $(Dialog.class).id("campaign-details").close();

        new SignedIn(users).switchTo("auditor");
        openDetails(title);
        assertThat(List.of("campaign-edit", "campaign-schedule", "campaign-cancel")).noneMatch(this::shown);
        assertThat(shown("campaigns-new")).as("new campaign, for an auditor").isFalse();
    }

    @Test
    void the_manager_schedules_then_closes_only_after_confirming_what_becomes_final() {
        var title = "Lifecycle " + suffix;
        draft(title);
        openDetails(title);

        click("campaign-schedule");
        assertThat(test($(Span.class).id("campaign-state")).getText())
                .isEqualTo("Scheduled");
        click("campaign-open");
        assertThat(test($(Span.class).id("campaign-state")).getText())
                .isEqualTo("Open");
        // the live response rates of every invited department, for the manager
        @SuppressWarnings("unchecked")
        Grid<CampaignQueries.ResponseRate> rates = $(Grid.class).id("campaign-rates");
        assertThat(test(rates).size()).isEqualTo(2);
        assertThat(rowTexts(rates, 0).subList(1, 4)).containsExactly("0", "0", "–");

        click("campaign-close");
        assertThat(test($(Paragraph.class).id("campaign-close-confirm-consequence"))
                .getText()).contains("become final");
        click("campaign-close-confirm-cancel");
        assertThat(test($(Span.class).id("campaign-state")).getText())
                .isEqualTo("Open");
        click("campaign-close");
        click("campaign-close-confirm-save");
        assertThat(test($(Span.class).id("campaign-state")).getText())
                .isEqualTo("Closed");
        assertThat(shown("campaign-close")).isFalse();
    }
}
