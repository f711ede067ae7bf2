-- One invitation per person and per address in a campaign (issue 13). The use case skips whoever is
-- invited already, but two managers inviting at the same moment, each with a request of their own,
-- would both pass that check: now the later batch is refused whole and its manager asked to look again.
-- Addresses are stored in lower case (EmailAddress), so the plain column is the address.
create unique index survey_invitation_person_once on survey_invitation (campaign_id, person_id)
    where person_id is not null;
create unique index survey_invitation_email_once on survey_invitation (campaign_id, email)
    where email is not null;
