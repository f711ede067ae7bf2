package dev.opscharter.application.survey.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.survey.CampaignId;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Invites the respondents of a campaign and reminds those who have not answered (SPEC §3 "Invitations").
 * Each respondent gets one link, by mail (and, with an account, an inbox entry that leads to the
 * answer route, never to the link itself). Nobody's answer is ever tied to their invitation.
 */
public interface InviteRespondents {

    /** The largest list of respondents read: 5 000 rows of short text, with room for a workbook's overhead. */
    long MAX_FILE_BYTES = 4L << 20;

    /**
     * One invitation per person or e-mail address into the campaign's invited departments, for a
     * scheduled or open campaign; someone invited already is skipped, so inviting twice is safe, and a
     * repeated {@code request} invites nobody again.
     *
     * @throws dev.opscharter.application.survey.RespondentsRejected for an upload with problems (by row;
     *         nobody is invited)
     */
    Invited invite(CampaignId campaign, RequestKey request, Respondents respondents);

    /**
     * A new link to every unanswered invitation of an open campaign whose last mail is at least a day
     * old (a second click right after the first sends nothing twice).
     *
     * @return how many were reminded
     */
    int remind(CampaignId campaign);

    /**
     * The scheduled reminders: every open campaign's unanswered invitations whose last mail is at least
     * {@code InvitationService.REMINDER_GAP} old.
     *
     * @return how many were reminded
     */
    int remindDue();

    /**
     * A fresh link for the signed-in user's own unanswered invitation to an open campaign, for the
     * answer route their inbox entry leads to: the token it returns is to be sent straight to their
     * browser (a redirect to {@code /s/<token>}), never stored or logged. Empty when they have no such
     * invitation. Once the invitation holds all its links, the fresh one takes the newest one's place.
     */
    Optional<String> ownLink(CampaignId campaign);

    /** Where the respondents come from. */
    sealed interface Respondents {

        /** The active people of the campaign's invited departments, but for those excluded. */
        record Directory(Set<PersonId> excluded) implements Respondents {
            public Directory {
                excluded = Set.copyOf(excluded);
            }
        }

        /** A CSV or Excel (.xlsx) file of name, e-mail and department, plus an optional language. */
        record Upload(Path file, String fileName) implements Respondents {
        }
    }

    /** How many were invited and how many skipped because they were invited already. */
    record Invited(int invited, int skipped) {
    }
}
