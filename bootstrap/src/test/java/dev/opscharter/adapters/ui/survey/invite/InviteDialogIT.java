package dev.opscharter.adapters.ui.survey.invite;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.survey.port.in.InviteRespondents;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Questionnaire;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;
import dev.opscharter.domain.survey.SurveyWindow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The manager invites a campaign's respondents from the directory, leaving one out; the answer route without an invitation. */
@OpsCharterSpringTest
@WithUserDetails("manager")
class InviteDialogIT extends ViewTest {

    @Autowired
    InviteRespondents invite;
    @Autowired
    PeopleQueries people;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Invitations invitations;
    @Autowired
    Departments departments;

    /** An open campaign of its own, inviting a department of the demo directory that has people. */
    private Campaign openCampaignFor(Department rater) {
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var operations = departments.all().stream().filter(d -> d.kind() == DepartmentKind.OPERATIONS && d.active())
                .findFirst().orElseThrow();
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var created = Campaign.create(new BilingualName("邀请 " + unique, "Invite " + unique), Optional.empty(),
                new SurveyWindow(today.minusDays(1), today.plusDays(14)), Questionnaire.defaults(),
                List.of(rater.id()), RatingScope.OPERATIONS, SatisfactionMethod.TOP_TWO_BOX, Campaign.DEFAULT_GROUP,
                operations.id(), Actor.SYSTEM);
        return campaigns.save(Campaign.reconstitute(created.id(), created.title(), created.quarter(),
                created.window(), created.questionnaire(), created.invited(), created.scope(), created.method(),
                created.minimumGroup(), CampaignState.OPEN, Optional.empty(), created.createdBy(), 0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_manager_invites_a_department_but_one_person_left_out() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var active = people.list(new PeopleFilter(Optional.empty(), Optional.empty(), false));
        var rater = departments.all().stream()
                .filter(d -> d.kind() != DepartmentKind.OPERATIONS && d.active())
                .filter(d -> active.stream().filter(p -> p.departmentId().equals(d.id())).count() >= 2)
                .findFirst().orElseThrow();
        var staff = active.stream().filter(p -> p.departmentId().equals(rater.id())).toList();
        var campaign = openCampaignFor(rater);
        var done = new AtomicBoolean();

        new InviteDialog(invite, people).open(campaign, () -> done.set(true));
        MultiSelectComboBox<Person> excluded = $(MultiSelectComboBox.class).id("survey-invite-excluded");
        excluded.setValue(Set.of(staff.getFirst()));
        click("survey-invite-invite");

        assertThat(done).isTrue();
        assertThat(invitations.invitees(campaign.id()).people())
                .containsExactlyInAnyOrderElementsOf(staff.subList(1, staff.size()).stream().map(Person::id).toList());
        assertThat(notifications()).contains("已邀请 " + (staff.size() - 1) + " 人。");
    }

    @Test
    void the_answer_route_without_an_invitation_says_so_in_general_words() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        UI.getCurrent().navigate("surveys/answer/" + CampaignId.random());

        assertThat($(Paragraph.class).id("survey-answer-unavailable").getText()).startsWith("此处没有需要您填写的问卷");
    }
}
