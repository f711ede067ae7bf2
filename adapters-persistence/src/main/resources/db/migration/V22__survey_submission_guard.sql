-- Survey submission guards (issue 13): closes the anonymity hole V21 left. V21 marked an invitation
-- used in the response's transaction, so both rows carried the same xmin and
--   select i.email, r.id from survey_invitation i join survey_response r on r.xmin = i.xmin
-- named every respondent. Now the invitation row is never written when a response arrives; the
-- response's transaction inserts instead a guard: HMAC-SHA-256 of the invitation's id under a key kept
-- outside the database (GuardKey). Its primary key lets exactly one submission per invitation through,
-- and without the key nobody reading the database can tell which invitation a guard belongs to.
-- A guard holds nothing else that could lead to a respondent: no time, no invitation, no sequence.

create table survey_submission (
    guard         char(64) not null,
    campaign_id   uuid     not null,
    department_id uuid     not null,
    constraint survey_submission_pkey primary key (guard),
    constraint survey_submission_guard_form check (guard ~ '^[0-9a-f]{64}$'),
    constraint survey_submission_campaign_fk foreign key (campaign_id) references survey_campaign (id),
    constraint survey_submission_department_fk foreign key (department_id) references department (id)
);

-- the live response rate: answered per department of a campaign
create index survey_submission_campaign_idx on survey_submission (campaign_id, department_id);

-- Kept like the responses it stands beside: never changed, removed nor truncated (V13's append_only()),
-- and for the application's role SELECT/INSERT only (ApplicationRolePrivileges.APPEND_ONLY).
create trigger survey_submission_kept
    before update or delete on survey_submission
    for each row execute function append_only();
create trigger survey_submission_not_truncated
    before truncate on survey_submission
    for each statement execute function append_only();

-- Only an open campaign takes answers: a guard for any other is refused, as V21 refuses changes to a
-- frozen campaign. (The application checks first; this is the database's own word on it.)
create function survey_submission_open() returns trigger
    language plpgsql as
$$
declare
    campaign_state varchar(16);
begin
    select state into campaign_state from survey_campaign where id = new.campaign_id;
    if campaign_state is distinct from 'OPEN' then
        raise exception 'survey campaign % is not open: it takes no submission', new.campaign_id
            using errcode = 'restrict_violation';
    end if;
    return new;
end
$$;

create trigger survey_submission_open
    before insert on survey_submission
    for each row execute function survey_submission_open();

-- An invitation no longer knows whether it was answered.
drop index survey_invitation_rate_idx;
drop index survey_invitation_unused_idx;
alter table survey_invitation drop column used;

-- all of a campaign's invitations, paged by id (the reminders); the invited count per department
create index survey_invitation_campaign_idx on survey_invitation (campaign_id, id);
create index survey_invitation_department_idx on survey_invitation (campaign_id, department_id);
