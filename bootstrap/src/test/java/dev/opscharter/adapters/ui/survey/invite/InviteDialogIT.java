package dev.opscharter.adapters.ui.survey.invite;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.survey.port.in.InviteRespondents;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.bootstrap.testing.OpenCampaigns;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.survey.CampaignId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
        var campaign = new OpenCampaigns(campaigns, departments).ratedBy(rater);
        var done = new AtomicBoolean();

        new InviteDialog(invite, people).open(campaign, () -> done.set(true));
        MultiSelectComboBox<Person> excluded = $(MultiSelectComboBox.class).id("survey-invite-excluded");
        // offered page by page from the database: the invited department's active people, found as typed
        assertThat(excluded.getLazyDataView().getItems()).containsExactlyInAnyOrderElementsOf(staff);
        var typed = ((DataProvider<Person, String>) excluded.getDataProvider()).fetch(new Query<>(0, 50, List.of(),
                null, staff.getFirst().email().value())).map(Person::id).toList();
        assertThat(typed).contains(staff.getFirst().id()).doesNotContain(staff.getLast().id());
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
