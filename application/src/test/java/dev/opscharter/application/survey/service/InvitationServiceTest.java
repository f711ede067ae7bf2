package dev.opscharter.application.survey.service;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.fakes.InMemoryInboxStore;
import dev.opscharter.application.survey.RespondentsRejected;
import dev.opscharter.application.survey.RespondentsRejected.Problem;
import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.application.survey.fakes.ListRows;
import dev.opscharter.application.survey.fakes.RecordingInvitationMail;
import dev.opscharter.application.survey.port.in.InviteRespondents.Invited;
import dev.opscharter.application.survey.port.in.InviteRespondents.Respondents;
import dev.opscharter.application.survey.port.out.InvitationMail.Letter;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.RatingScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationServiceTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final InMemoryInboxStore inbox = new InMemoryInboxStore();
    private final RecordingInvitationMail mail = new RecordingInvitationMail();
    /** What the uploaded file holds, as the readers would hand it over. */
    private Supplier<ListRows> upload = () -> ListRows.of("name,email,department");
    private final InvitationService service = new InvitationService(survey.campaigns, survey.invitations,
            survey.org.departments, survey.org.people, survey.org.accounts, inbox, mail,
            (file, name) -> upload.get(), survey.unanswered(), survey.org.processedRequests, survey.org.useCase);
    private final Campaign open = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);

    @TempDir
    Path temp;

    private final Person anna = survey.org.person("Anna Wu", survey.finance).save();
    private final Person bo = survey.org.person("Bo Li", survey.finance).save();
    private final Person chen = survey.org.person("Chen Yu", survey.hr).save();
    private final Person left = survey.org.person("Dai Left", survey.it).leftOn(SurveyFixture.WINDOW.opensOn()).save();
    private final Person ops = survey.org.person("Ops Person", survey.operations).save();

    InvitationServiceTest() {
        var account = survey.org.account(anna, "anna");
        survey.org.accounts.save(account.withLanguage(Language.EN));
        survey.org.actAs("manager", Role.OPS_MANAGER);
    }

    private Invited fromDirectory(Campaign campaign, Person... excluded) {
        return service.invite(campaign.id(), RequestKey.fresh(), new Respondents.Directory(
                Set.of(java.util.Arrays.stream(excluded).map(Person::id).toArray(dev.opscharter.domain.organization.PersonId[]::new))));
    }

    private Invited uploaded(String... lines) throws IOException {
        upload = () -> ListRows.of(lines);
        var file = Files.writeString(temp.resolve("respondents.csv"), String.join("\n", lines));
        return service.invite(open.id(), RequestKey.fresh(), new Respondents.Upload(file, "respondents.csv"));
    }

    /** The respondent answers through the letter's link, as the respondent page would. */
    private void answer(Letter letter) {
        var me = survey.org.actor.get();
        assertThat(survey.responseService().submit(letter.token().value(), survey.aboutOperations(4),
                java.util.Optional.empty())).isEqualTo(dev.opscharter.application.survey.port.in.SubmitResponse.Outcome.RECORDED);
        survey.org.actAs(me);
    }

    private Letter letterTo(Person person) {
        return mail.letters().stream().filter(l -> l.to().equals(person.email())).findFirst().orElseThrow();
    }

    // ---- from the directory

    @Test
    void the_directory_invites_the_active_people_of_the_invited_departments_but_those_excluded() {
        var invited = fromDirectory(open, bo);

        assertThat(invited).isEqualTo(new Invited(2, 0));
        assertThat(mail.letters()).extracting(Letter::to).containsExactlyInAnyOrder(anna.email(), chen.email());
        var stored = survey.invitations.of(open.id());
        assertThat(stored).hasSize(2).allSatisfy(i -> assertThat(i.sentAt()).contains(survey.org.clock.instant()));
        for (var letter : mail.letters()) {
            assertThat(stored).filteredOn(i -> i.isFor(letter.token())).singleElement()
                    .satisfies(i -> assertThat(i.email()).contains(letter.to()));
            assertThat(letter.reminder()).isFalse();
            assertThat(letter.campaign()).isEqualTo(open.title());
        }
    }

    @Test
    void each_respondent_is_written_to_in_their_language_and_only_people_with_an_account_get_an_inbox_entry() {
        fromDirectory(open);

        assertThat(letterTo(anna).language()).isEqualTo(Language.EN);
        assertThat(letterTo(chen).language()).isEqualTo(Language.ZH_CN);
        assertThat(inbox.forRecipient("anna", 10)).singleElement().satisfies(entry -> {
            assertThat(entry.subjectKey()).isEqualTo("survey.invite.inbox.invited");
            assertThat(entry.arguments()).containsExactly(open.title().english(),
                    open.window().closesOn().toString());
            assertThat(entry.link()).isEqualTo("surveys/answer/" + open.id());
        });
    }

    @Test
    void the_token_is_in_the_mail_only_never_in_the_inbox_entry_nor_the_audit_trail() {
        fromDirectory(open);
        service.remind(open.id());
        survey.org.clock.advance(Duration.ofDays(2));
        service.remind(open.id());

        var tokens = mail.letters().stream().map(l -> l.token().value()).toList();
        assertThat(tokens).hasSizeGreaterThanOrEqualTo(4);
        var inboxText = inbox.forRecipient("anna", 10).toString();
        var auditText = survey.org.auditLog.entries().toString();
        var storedText = survey.invitations.of(open.id()).toString();
        for (var token : tokens) {
            assertThat(inboxText).doesNotContain(token);
            assertThat(auditText).doesNotContain(token);
            assertThat(storedText).doesNotContain(token);
        }
        assertThat(mail.letters().toString()).doesNotContain(tokens.getFirst());
    }

    @Test
    void the_audit_entry_counts_the_invited_and_names_nobody() {
        fromDirectory(open, bo);

        var entry = survey.org.onlyAuditEntry();
        assertThat(entry.entityType()).isEqualTo("SurveyInvitations");
        assertThat(entry.entityId()).isEqualTo(open.id().toString());
        assertThat(entry.changes()).extracting(FieldChange::field, FieldChange::after)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("source", "directory"),
                        org.assertj.core.groups.Tuple.tuple("invited", "2"),
                        org.assertj.core.groups.Tuple.tuple("skipped", "0"));
        assertThat(entry.toString()).doesNotContain(anna.name(), chen.name(), anna.email().value());
    }

    @Test
    void inviting_twice_skips_those_invited_and_a_repeated_request_invites_nobody_again() {
        var request = RequestKey.fresh();
        var directory = new Respondents.Directory(Set.of(bo.id()));
        var first = service.invite(open.id(), request, directory);
        var repeated = service.invite(open.id(), request, directory);
        var again = service.invite(open.id(), RequestKey.fresh(), new Respondents.Directory(Set.of()));

        assertThat(first).isEqualTo(new Invited(2, 0));
        assertThat(repeated).isEqualTo(first);
        assertThat(again).isEqualTo(new Invited(1, 2));
        assertThat(survey.invitations.of(open.id())).hasSize(3);
        assertThat(mail.letters()).hasSize(3);
    }

    @Test
    void a_scheduled_campaign_takes_invitations_a_draft_or_closed_one_does_not() {
        var scheduled = survey.campaign(RatingScope.OPERATIONS, CampaignState.SCHEDULED);
        assertThat(fromDirectory(scheduled).invited()).isEqualTo(3);

        for (var state : List.of(CampaignState.DRAFT, CampaignState.CLOSED, CampaignState.CANCELLED)) {
            var campaign = survey.campaign(RatingScope.OPERATIONS, state);
            assertThatThrownBy(() -> fromDirectory(campaign)).isInstanceOf(RuleViolation.class);
            assertThat(survey.invitations.of(campaign.id())).isEmpty();
        }
    }

    @Test
    void only_a_manager_or_director_invites() {
        survey.org.actAs("specialist", Role.OPS_SPECIALIST);

        assertThatThrownBy(() -> fromDirectory(open)).isInstanceOf(AccessDenied.class);
        assertThat(survey.invitations.of(open.id())).isEmpty();
        assertThat(mail.letters()).isEmpty();
    }

    // ---- from an uploaded list

    @Test
    void an_uploaded_list_invites_each_address_into_the_department_named_by_code_or_either_name() throws IOException {
        var invited = uploaded("姓名,邮箱,部门,语言",
                "Xu Ning,xu.ning@partner.cn,FINANCE,",
                "Yao Lan,yao.lan@partner.cn,Hr部,en",
                "Zhou Ke,ZHOU.KE@partner.cn,it,中文");

        assertThat(invited).isEqualTo(new Invited(3, 0));
        var stored = survey.invitations.of(open.id());
        assertThat(stored).extracting(Invitation::department)
                .containsExactlyInAnyOrder(survey.finance.id(), survey.hr.id(), survey.it.id());
        assertThat(stored).allSatisfy(i -> assertThat(i.person()).isEmpty());
        assertThat(mail.letters()).extracting(l -> l.to().value(), Letter::language).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("xu.ning@partner.cn", Language.ZH_CN),
                org.assertj.core.groups.Tuple.tuple("yao.lan@partner.cn", Language.EN),
                org.assertj.core.groups.Tuple.tuple("zhou.ke@partner.cn", Language.ZH_CN));
        assertThat(inbox.forRecipient("anna", 10)).isEmpty();
    }

    @Test
    void an_uploaded_address_invited_from_the_directory_already_is_skipped() throws IOException {
        fromDirectory(open);

        var invited = uploaded("name,email,department", "Anna,anna.wu@corp.cn,FINANCE", "New,new@corp.cn,HR");

        assertThat(invited).isEqualTo(new Invited(1, 1));
    }

    @Test
    void a_list_with_problems_invites_nobody_and_names_every_problem_by_row() throws IOException {
        assertThatThrownBy(() -> uploaded("name,email,department",
                "Good,good@corp.cn,FINANCE",
                "Bad Mail,not-an-address,FINANCE",
                "Nowhere,nowhere@corp.cn,MARKETING",
                "Ours,ours@corp.cn,OPERATIONS",
                ",nameless@corp.cn,HR",
                "Twice,GOOD@corp.cn,HR",
                "Babel,babel@corp.cn,IT,klingon"))
                .isInstanceOf(RespondentsRejected.class)
                .extracting(e -> ((RespondentsRejected) e).problems()).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.list(Problem.class))
                .extracting(Problem::row, Problem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "survey.invite.refused.email"),
                        org.assertj.core.groups.Tuple.tuple(4L, "survey.invite.refused.department"),
                        org.assertj.core.groups.Tuple.tuple(5L, "survey.invite.refused.department-not-invited"),
                        org.assertj.core.groups.Tuple.tuple(6L, "survey.invite.refused.name"),
                        org.assertj.core.groups.Tuple.tuple(7L, "survey.invite.refused.email-twice"));
        assertThat(survey.invitations.of(open.id())).isEmpty();
        assertThat(mail.letters()).isEmpty();
        assertThat(survey.org.auditLog.entries()).isEmpty();
    }

    @Test
    void a_file_the_reader_refuses_is_refused_with_its_line_and_reason() throws IOException {
        upload = () -> {
            throw new ImportRefused(7, "imports.refused.stray-quote");
        };
        var file = Files.writeString(temp.resolve("broken.csv"), "x");

        assertThatThrownBy(() -> service.invite(open.id(), RequestKey.fresh(), new Respondents.Upload(file, "b.csv")))
                .isInstanceOf(RespondentsRejected.class)
                .satisfies(e -> assertThat(((RespondentsRejected) e).problems()).containsExactly(
                        new Problem(7, "imports.refused.stray-quote", List.of())));
    }

    @Test
    void a_file_larger_than_the_bound_is_refused_before_it_is_read() throws IOException {
        var file = temp.resolve("huge.csv");
        try (var huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(RespondentList.MAX_BYTES + 1);
        }
        upload = () -> {
            throw new AssertionError("read a file above the bound");
        };

        assertThatThrownBy(() -> service.invite(open.id(), RequestKey.fresh(), new Respondents.Upload(file, "h.csv")))
                .isInstanceOf(RespondentsRejected.class)
                .satisfies(e -> assertThat(((RespondentsRejected) e).problems()).singleElement()
                        .extracting(Problem::messageKey).isEqualTo("survey.invite.refused.too-large"));
    }

    // ---- reminders

    @Test
    void a_reminder_sends_a_new_link_to_the_unanswered_only_and_every_link_stays_valid() {
        fromDirectory(open, bo);
        var chensFirst = letterTo(chen).token();
        answer(letterTo(anna));
        survey.org.clock.advance(Duration.ofDays(1));
        var before = mail.letters().size();

        assertThat(service.remind(open.id())).isEqualTo(1);

        var reminder = mail.letters().get(before);
        assertThat(mail.letters()).hasSize(before + 1);
        assertThat(reminder.to()).isEqualTo(chen.email());
        assertThat(reminder.reminder()).isTrue();
        assertThat(reminder.token()).isNotEqualTo(chensFirst);
        var chens = survey.invitations.ofPerson(open.id(), chen.id()).orElseThrow();
        assertThat(chens.isFor(reminder.token())).isTrue();
        assertThat(chens.isFor(chensFirst)).isTrue();
        assertThat(chens.remindedAt()).contains(survey.org.clock.instant());
    }

    @Test
    void a_second_reminder_right_after_the_first_sends_nothing() {
        fromDirectory(open, bo);
        survey.org.clock.advance(Duration.ofDays(1));
        assertThat(service.remind(open.id())).isEqualTo(2);

        assertThat(service.remind(open.id())).isZero();
        assertThat(inbox.forRecipient("anna", 10)).extracting(e -> e.subjectKey())
                .containsExactly("survey.invite.inbox.reminded", "survey.invite.inbox.invited");
    }

    @Test
    void scheduled_reminders_wait_three_days_after_the_last_mail() {
        fromDirectory(open, bo);
        survey.org.clock.advance(Duration.ofDays(2));
        assertThat(service.remindDue()).isZero();

        survey.org.clock.advance(Duration.ofDays(1));
        assertThat(service.remindDue()).isEqualTo(2);
        assertThat(service.remindDue()).isZero();
    }

    @Test
    void an_invitation_holding_all_its_links_gets_no_more_reminders() {
        fromDirectory(open);
        for (int day = 0; day < Invitation.MAX_LINKS + 2; day++) {
            survey.org.clock.advance(Duration.ofDays(1));
            service.remind(open.id());
        }
        assertThat(mail.letters().stream().filter(l -> l.to().equals(chen.email()))).hasSize(Invitation.MAX_LINKS);
    }

    @Test
    void only_an_open_campaign_is_reminded() {
        var scheduled = survey.campaign(RatingScope.OPERATIONS, CampaignState.SCHEDULED);
        fromDirectory(scheduled);

        assertThatThrownBy(() -> service.remind(scheduled.id())).isInstanceOf(RuleViolation.class);
        assertThat(service.remindDue()).isZero();
    }

    // ---- the answer route

    @Test
    void a_signed_in_invitee_gets_a_fresh_link_of_their_own_invitation() {
        fromDirectory(open);
        survey.org.actAs("anna");

        var link = service.ownLink(open.id()).flatMap(InvitationToken::parse).orElseThrow();

        assertThat(survey.invitations.ofPerson(open.id(), anna.id()).orElseThrow().isFor(link)).isTrue();
        assertThat(letterTo(anna).token()).isNotEqualTo(link);
    }

    @Test
    void coming_back_through_the_inbox_again_and_again_always_gets_a_working_link_and_the_mail_keeps_its_own() {
        fromDirectory(open);
        survey.org.actAs("anna");

        for (int visit = 0; visit < Invitation.MAX_LINKS + 3; visit++) {
            var link = service.ownLink(open.id()).flatMap(InvitationToken::parse).orElseThrow();
            assertThat(survey.invitations.byTokenHash(link.hash())).isPresent();
        }
        assertThat(survey.invitations.byTokenHash(letterTo(anna).token().hash())).isPresent();
        assertThat(survey.invitations.ofPerson(open.id(), anna.id()).orElseThrow().remindedAt()).isEmpty();
    }

    @Test
    void no_link_for_someone_not_invited_for_an_answered_invitation_or_a_campaign_not_open() {
        var scheduled = survey.campaign(RatingScope.OPERATIONS, CampaignState.SCHEDULED);
        fromDirectory(open);
        fromDirectory(scheduled);
        survey.org.account(chen, "chen");

        survey.org.actAs("anna");
        assertThat(service.ownLink(scheduled.id())).isEmpty();
        answer(letterTo(anna));
        assertThat(service.ownLink(open.id())).isEmpty();
        survey.org.actAs("somebody", Role.OPS_MANAGER);
        assertThat(service.ownLink(open.id())).isEmpty();
        survey.org.actAs(dev.opscharter.domain.shared.Actor.ANONYMOUS);
        assertThat(service.ownLink(open.id())).isEmpty();
    }

    @Test
    void addresses_are_compared_as_stored() {
        assertThat(new EmailAddress("A@B.cn")).isEqualTo(new EmailAddress("a@b.cn"));
    }
}
