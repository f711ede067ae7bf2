package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link Invitations} in {@code survey_invitation} with the hashes of their links in
 * {@code survey_invitation_link} (in the order they were sent). Nothing here is written when a
 * response arrives (see V22: a row written in the response's transaction would name the respondent).
 */
@Component
class JdbcInvitations implements Invitations {

    private static final String ENTITY = "Invitation";
    private static final String COLUMNS =
            "i.id, i.campaign_id, i.department_id, i.person_id, i.email, i.language, i.sent_at, i.reminded_at";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate transaction;

    JdbcInvitations(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * One transaction (the caller's, if any): a known invitation id or link hash, or a person or address the
     * campaign invites already (V24), refuses all with {@link ConcurrentModification}.
     */
    @Override
    public void addAll(List<Invitation> invitations) {
        if (invitations.isEmpty()) {
            return;
        }
        var campaign = invitations.getFirst().campaign();
        Supplier<ConcurrentModification> invitedMeanwhile = () -> new ConcurrentModification(ENTITY, campaign);
        transaction.executeWithoutResult(status -> Saves.translated(ENTITY, campaign,
                Map.of("survey_invitation_person_once", invitedMeanwhile,
                        "survey_invitation_email_once", invitedMeanwhile), () -> {
                    batch.batchUpdate("""
                                    insert into survey_invitation (id, campaign_id, department_id, person_id, email,
                                        language, sent_at, reminded_at)
                                    values (:id, :campaign, :department, :person, :email, :language, :sentAt,
                                        :remindedAt)""",
                            invitations.stream().map(JdbcInvitations::row).toArray(MapSqlParameterSource[]::new));
                    var links = new ArrayList<MapSqlParameterSource>();
                    invitations.forEach(invitation -> links.addAll(links(invitation, 0)));
                    insertLinks(links);
                    return null;
                }));
    }

    /** Writes when it was sent and reminded, and the links added since. */
    @Override
    public void update(Invitation invitation) {
        transaction.executeWithoutResult(status -> Saves.translated(ENTITY, invitation.id(), Map.of(), () -> {
            int updated = jdbc.sql("""
                            update survey_invitation set sent_at = :sentAt, reminded_at = :remindedAt
                            where id = :id""")
                    .param("id", invitation.id().value())
                    .param("sentAt", timestamp(invitation.sentAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("remindedAt", timestamp(invitation.remindedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                    .update();
            if (updated == 0) {
                throw new ConcurrentModification(ENTITY, invitation.id());
            }
            var stored = jdbc.sql("select token_hash from survey_invitation_link where invitation_id = :id"
                            + " order by position")
                    .param("id", invitation.id().value()).query(String.class).list();
            var hashes = invitation.tokenHashes();
            // a link replaced in its place (an own visit once all are taken): the old hash finds nothing
            for (int position = 0; position < Math.min(stored.size(), hashes.size()); position++) {
                if (!stored.get(position).equals(hashes.get(position))) {
                    jdbc.sql("update survey_invitation_link set token_hash = :hash"
                                    + " where invitation_id = :id and position = :position")
                            .param("hash", hashes.get(position)).param("id", invitation.id().value())
                            .param("position", position).update();
                }
            }
            insertLinks(links(invitation, stored.size()));
            return null;
        }));
    }

    @Override
    public Optional<Invitation> byTokenHash(String tokenHash) {
        return invitations(" join survey_invitation_link l on l.invitation_id = i.id where l.token_hash = :hash",
                Map.of("hash", tokenHash)).stream().findFirst();
    }

    /** One statement along the link's unique hash: the page's every request reads it. */
    @Override
    public Optional<LinkTarget> target(String tokenHash) {
        return jdbc.sql("""
                        select i.id, i.campaign_id, i.department_id, i.language
                        from survey_invitation_link l join survey_invitation i on i.id = l.invitation_id
                        where l.token_hash = :hash""")
                .param("hash", tokenHash)
                .query((rs, n) -> new LinkTarget(new InvitationId(rs.getObject("id", UUID.class)),
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        new DepartmentId(rs.getObject("department_id", UUID.class)),
                        Language.valueOf(rs.getString("language"))))
                .optional();
    }

    @Override
    public Optional<Invitation> byId(InvitationId id) {
        return invitations(" where i.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    /** In id order (random, but stable for paging), along {@code survey_invitation_campaign_idx}; at most {@link PageRequest#MAX_LIMIT}. */
    @Override
    public List<Invitation> page(CampaignId campaign, Optional<InvitationId> after, int limit) {
        return invitations(" where i.campaign_id = :campaign and i.id > :after order by i.id limit :limit",
                Map.of("campaign", campaign.value(),
                        "after", after.map(InvitationId::value).orElse(new UUID(0, 0)),
                        "limit", Math.clamp(limit, 0, PageRequest.MAX_LIMIT)));
    }

    @Override
    public Invitees invitees(CampaignId campaign) {
        var people = new HashSet<PersonId>();
        var emails = new HashSet<EmailAddress>();
        jdbc.sql("select person_id, email from survey_invitation where campaign_id = :campaign")
                .param("campaign", campaign.value())
                .query(rs -> {
                    Optional.ofNullable(rs.getObject("person_id", UUID.class)).map(PersonId::new).ifPresent(people::add);
                    Optional.ofNullable(rs.getString("email")).map(EmailAddress::new).ifPresent(emails::add);
                });
        return new Invitees(people, emails);
    }

    @Override
    public Optional<Invitation> ofPerson(CampaignId campaign, PersonId person) {
        return invitations(" where i.campaign_id = :campaign and i.person_id = :person",
                Map.of("campaign", campaign.value(), "person", person.value())).stream().findFirst();
    }

    @Override
    public Map<DepartmentId, Long> invited(CampaignId campaign) {
        return DepartmentCounts.of(jdbc, "survey_invitation", campaign);
    }

    private void insertLinks(List<MapSqlParameterSource> links) {
        if (!links.isEmpty()) {
            batch.batchUpdate("""
                            insert into survey_invitation_link (token_hash, invitation_id, position)
                            values (:hash, :invitation, :position)""",
                    links.toArray(MapSqlParameterSource[]::new));
        }
    }

    /** The invitation's links from {@code from} on, each with its position. */
    private static List<MapSqlParameterSource> links(Invitation invitation, int from) {
        var links = new ArrayList<MapSqlParameterSource>();
        var hashes = invitation.tokenHashes();
        for (int position = from; position < hashes.size(); position++) {
            links.add(new MapSqlParameterSource()
                    .addValue("hash", hashes.get(position))
                    .addValue("invitation", invitation.id().value())
                    .addValue("position", position));
        }
        return links;
    }

    private static MapSqlParameterSource row(Invitation invitation) {
        return new MapSqlParameterSource()
                .addValue("id", invitation.id().value())
                .addValue("campaign", invitation.campaign().value())
                .addValue("department", invitation.department().value())
                .addValue("person", invitation.person().map(PersonId::value).orElse(null), Types.OTHER)
                .addValue("email", invitation.email().map(EmailAddress::value).orElse(null), Types.VARCHAR)
                .addValue("language", invitation.language().name())
                .addValue("sentAt", timestamp(invitation.sentAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("remindedAt", timestamp(invitation.remindedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** The invitations the statement selects, in its order, with their link hashes (two queries). */
    private List<Invitation> invitations(String rest, Map<String, ?> params) {
        var heads = jdbc.sql("select " + COLUMNS + " from survey_invitation i" + rest).params(params)
                .query((rs, n) -> head(rs)).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var hashes = new HashMap<UUID, List<String>>();
        jdbc.sql("""
                        select invitation_id, token_hash from survey_invitation_link
                        where invitation_id in (:ids) order by invitation_id, position""")
                .param("ids", heads.stream().map(Head::id).toList())
                .query(rs -> {
                    hashes.computeIfAbsent(rs.getObject("invitation_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("token_hash"));
                });
        return heads.stream().map(head -> head.invitation(hashes.getOrDefault(head.id, List.of()))).toList();
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
                rs.getObject("department_id", UUID.class),
                Optional.ofNullable(rs.getObject("person_id", UUID.class)).map(PersonId::new),
                Optional.ofNullable(rs.getString("email")).map(EmailAddress::new),
                Language.valueOf(rs.getString("language")), instant(rs, "sent_at"), instant(rs, "reminded_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static @Nullable OffsetDateTime timestamp(Optional<Instant> instant) {
        return instant.map(i -> i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)).orElse(null);
    }

    /** An invitation's row, before its link hashes are read. */
    private record Head(UUID id, UUID campaign, UUID department, Optional<PersonId> person,
                        Optional<EmailAddress> email, Language language, Optional<Instant> sentAt,
                        Optional<Instant> remindedAt) {

        Invitation invitation(List<String> tokenHashes) {
            return new Invitation(new InvitationId(id), new CampaignId(campaign), tokenHashes,
                    new DepartmentId(department), person, email, language, sentAt, remindedAt);
        }
    }
}
