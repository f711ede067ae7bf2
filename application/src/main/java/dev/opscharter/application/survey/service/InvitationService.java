package dev.opscharter.application.survey.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.RespondentsRejected;
import dev.opscharter.application.survey.port.in.InviteRespondents;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.InvitationMail;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.RespondentFiles;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.CampaignStep;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationId;
import dev.opscharter.domain.survey.InvitationToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.survey.SurveyPermission.MANAGE;

/**
 * Invitations and reminders (SPEC §3 "Invitations"). Each link's token is drawn here, its hash stored
 * with the invitation, and the token handed only to {@link InvitationMail}, which sends it after the
 * transaction committed: nothing else ever holds it. A person with an account also finds an inbox
 * entry, which leads to {@link #ANSWER_ROUTE} rather than to the link, since the inbox is stored.
 * The audit entries count invitations and reminders; they never name who answered (nobody here knows).
 */
public final class InvitationService implements InviteRespondents {

    /** The audit trail's name for a campaign's invitations; the id is the campaign's. */
    public static final String ENTITY = "SurveyInvitations";
    /** The app route an inbox entry leads to: it mints a fresh link for the signed-in user's invitation. */
    public static final String ANSWER_ROUTE = "surveys/answer/";
    /**
     * The scheduled reminders' gap since the last mail. A window is usually two to four weeks: every
     * three days gives a non-respondent a handful of reminders (never more than the links an invitation
     * holds), each answer stops them, and nobody is written to twice in one working week's half.
     */
    public static final Duration REMINDER_GAP = Duration.ofDays(3);
    /** A manager's reminder skips whoever had a mail within this: a second click sends nothing twice. */
    static final Duration MANUAL_GAP = Duration.ofDays(1);
    /** The language of someone without an account whose row names none: the organization's own. */
    static final Language DEFAULT_LANGUAGE = Language.ZH_CN;
    static final String INBOX_INVITED = "survey.invite.inbox.invited";
    static final String INBOX_REMINDED = "survey.invite.inbox.reminded";
    static final String FILE_TOO_LARGE = RespondentList.TOO_LARGE;
    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final Departments departments;
    private final People people;
    private final UserAccounts accounts;
    private final InboxStore inbox;
    private final InvitationMail mail;
    private final RespondentFiles files;
    private final Unanswered unanswered;
    private final Once once;
    private final UseCase uc;

    public InvitationService(Campaigns campaigns, Invitations invitations, Departments departments, People people,
                             UserAccounts accounts, InboxStore inbox, InvitationMail mail, RespondentFiles files,
                             Unanswered unanswered, ProcessedRequests processed, UseCase uc) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.inbox = inbox;
        this.mail = mail;
        this.files = files;
        this.unanswered = unanswered;
        this.once = new Once(processed);
        this.uc = uc;
    }

    // ---- invite

    @Override
    public Invited invite(CampaignId id, RequestKey request, Respondents respondents) {
        var me = uc.require(MANAGE);
        return uc.transactions().inTransaction(() -> once.create(request, ENTITY + ".invite", () -> {
            var campaign = campaign(id);
            campaign.require(CampaignStep.INVITE, me, uc.calendar().today());
            var candidates = switch (respondents) {
                case Respondents.Directory directory -> directory(campaign, directory);
                case Respondents.Upload upload -> upload(campaign, upload);
            };
            return issue(campaign, candidates, respondents instanceof Respondents.Upload ? "upload" : "directory");
        }, i -> i.invited() + "," + i.skipped(), InvitationService::invited));
    }

    /** Someone to invite: a person of the directory (with their account, if any) or an address of a list. */
    private record Candidate(Optional<PersonId> person, EmailAddress email, DepartmentId department,
                             Language language, Optional<String> username) {
    }

    private List<Candidate> directory(Campaign campaign, Respondents.Directory directory) {
        return people.all().stream()
                .filter(p -> p.isActive() && campaign.invited().contains(p.departmentId())
                        && !directory.excluded().contains(p.id()))
                .map(p -> {
                    var account = accounts.byPerson(p.id()).filter(UserAccount::enabled);
                    return new Candidate(Optional.of(p.id()), p.email(), p.departmentId(),
                            account.map(UserAccount::language).orElse(DEFAULT_LANGUAGE),
                            account.map(a -> a.username().value()));
                }).toList();
    }

    private List<Candidate> upload(Campaign campaign, Respondents.Upload upload) {
        try {
            if (Files.size(upload.file()) > RespondentList.MAX_BYTES) {
                throw RespondentsRejected.at(0, FILE_TOO_LARGE, RespondentList.MAX_BYTES >> 20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + upload.fileName(), e);
        }
        var list = new RespondentList(departments.all(), new HashSet<>(campaign.invited()), DEFAULT_LANGUAGE);
        return list.read(() -> files.open(upload.file(), upload.fileName())).stream()
                .map(r -> new Candidate(Optional.empty(), r.email(), r.department(), r.language(), Optional.empty()))
                .toList();
    }

    private Invited issue(Campaign campaign, List<Candidate> candidates, String source) {
        var known = invitations.invitees(campaign.id());
        var people = new HashSet<>(known.people());
        var emails = new HashSet<>(known.emails());
        var now = uc.calendar().now();
        var issued = new ArrayList<Invitation>();
        var letters = new ArrayList<Runnable>();
        int skipped = 0;
        for (var candidate : candidates) {
            if (candidate.person().map(p -> !people.add(p)).orElse(false) || !emails.add(candidate.email())) {
                skipped++;
                continue;
            }
            var token = InvitationToken.random();
            var invitation = Invitation.issue(campaign.id(), token, candidate.department(), candidate.person(),
                    Optional.of(candidate.email()), candidate.language()).sent(now);
            issued.add(invitation);
            letters.add(() -> deliver(campaign, invitation, token, candidate.username(), false, now));
        }
        invitations.addAll(issued);
        letters.forEach(Runnable::run);
        var invited = new Invited(issued.size(), skipped);
        uc.audit(ENTITY, campaign.id(), campaign.title().chinese(), AuditAction.CREATE, Map.of(),
                Map.of("source", source, "invited", Integer.toString(invited.invited()),
                        "skipped", Integer.toString(invited.skipped())));
        return invited;
    }

    // ---- remind

    @Override
    public int remind(CampaignId id) {
        return remind(id, uc.require(MANAGE), MANUAL_GAP);
    }

    @Override
    public int remindDue() {
        var me = uc.require(MANAGE);
        var open = uc.transactions().readOnly(() -> campaigns.page(new CampaignFilter(Optional.of(CampaignState.OPEN)),
                PageRequest.first(PageRequest.MAX_LIMIT)));
        return open.stream().mapToInt(campaign -> remind(campaign.id(), me, REMINDER_GAP)).sum();
    }

    /** Page by page, each in its own transaction (its mails leave once it committed); one audit entry. */
    private int remind(CampaignId id, Actor me, Duration gap) {
        var after = Optional.<InvitationId>empty();
        int reminded = 0;
        while (true) {
            var from = after;
            var page = uc.transactions().inTransaction(() -> remindPage(id, me, gap, from));
            reminded += page.reminded();
            if (page.last().isEmpty()) {
                break;
            }
            after = page.last();
        }
        if (reminded > 0) {
            var count = reminded;
            uc.transactions().run(() -> uc.audit(ENTITY, id, campaign(id).title().chinese(), AuditAction.UPDATE,
                    Map.of(), Map.of("reminded", Integer.toString(count))));
        }
        return reminded;
    }

    /** @param last the page's last invitation, empty after the last page */
    private record Page(int reminded, Optional<InvitationId> last) {
    }

    private Page remindPage(CampaignId id, Actor me, Duration gap, Optional<InvitationId> after) {
        var campaign = campaign(id);
        var now = uc.calendar().now();
        campaign.require(CampaignStep.REMIND, me, uc.calendar().today());
        var page = unanswered.page(id, after, PAGE);
        int reminded = 0;
        for (var invitation : page) {
            if (!due(invitation, now, gap) || invitation.tokenHashes().size() >= Invitation.MAX_LINKS) {
                continue;
            }
            var token = InvitationToken.random();
            var changed = invitation.reminded(token, now);
            invitations.update(changed);
            deliver(campaign, changed, token, username(changed), true, now);
            reminded++;
        }
        return new Page(reminded, page.size() < PAGE ? Optional.empty() : Optional.of(page.getLast().id()));
    }

    private static boolean due(Invitation invitation, Instant now, Duration gap) {
        return invitation.remindedAt().or(invitation::sentAt).map(last -> !last.plus(gap).isAfter(now)).orElse(true);
    }

    // ---- the answer route

    @Override
    public Optional<String> ownLink(CampaignId id) {
        if (!(uc.actor() instanceof Actor.User user)) {
            return Optional.empty();
        }
        return uc.transactions().inTransaction(() -> {
            var now = uc.calendar().now();
            var person = account(user.name()).map(UserAccount::personId);
            var campaign = campaigns.byId(id).filter(c -> c.takesAnswersAt(now, uc.calendar().zone().get()));
            var invitation = person.filter(p -> campaign.isPresent())
                    .flatMap(p -> invitations.ofPerson(id, p))
                    .filter(i -> !unanswered.answered(i));
            if (invitation.isEmpty()) {
                return Optional.<String>empty();
            }
            var token = InvitationToken.random();
            invitations.update(invitation.get().relinked(token));
            return Optional.of(token.value());
        });
    }

    // ---- delivery

    /** The mail with the link; for someone with an account, an inbox entry that leads to the answer route. */
    private void deliver(Campaign campaign, Invitation invitation, InvitationToken token, Optional<String> username,
                         boolean reminder, Instant now) {
        invitation.email().ifPresent(to -> mail.send(new InvitationMail.Letter(to, invitation.language(),
                campaign.title(), campaign.window(), token, reminder)));
        username.ifPresent(recipient -> {
            var title = invitation.language() == Language.EN ? campaign.title().english()
                    : campaign.title().chinese();
            inbox.add(new InboxEntry(UUID.randomUUID(), recipient, reminder ? INBOX_REMINDED : INBOX_INVITED,
                    List.of(title, campaign.window().closesOn().toString()), ANSWER_ROUTE + campaign.id(), now,
                    Optional.empty()));
        });
    }

    private Optional<String> username(Invitation invitation) {
        return invitation.person().flatMap(accounts::byPerson).filter(UserAccount::enabled)
                .map(a -> a.username().value());
    }

    private Optional<UserAccount> account(String name) {
        try {
            return accounts.byUsername(new Username(name));
        } catch (RuntimeException notAUsername) {
            return Optional.empty();
        }
    }

    private Campaign campaign(CampaignId id) {
        return campaigns.byId(id).orElseThrow(() -> new NotFound(CampaignService.TYPE.entity(), id));
    }

    private static Invited invited(String text) {
        var counts = text.split(",");
        return new Invited(Integer.parseInt(counts[0]), Integer.parseInt(counts[1]));
    }
}
