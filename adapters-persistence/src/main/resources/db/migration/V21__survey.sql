-- Survey context (issue 13): campaigns with their questionnaire and invited departments, the
-- invitations and the hashes of their links, and the anonymous responses.
--
-- Anonymity is a property of this schema, checked by SurveyAnonymityIT: a response holds its
-- campaign, the rating and the rated department, its answers, the comment and the day it arrived
-- -- nothing that leads to a respondent (no token, invitation, person, address, agent, nor a time
-- finer than the day), and no foreign key to an invitation. Its key is a random uuid from the
-- application, never a sequence that would order responses. An invitation keeps only that it was
-- used, not when. Responses and their answers are append-only (the triggers below and, for the
-- application's role, its privileges: ApplicationRolePrivileges.APPEND_ONLY), and a closed campaign,
-- whose settings decide its results, can no longer change.

create table survey_campaign (
    id                uuid         not null,
    title_zh          varchar(120) not null,
    title_en          varchar(120) not null,
    quarter           varchar(7),
    opens_on          date         not null,
    closes_on         date         not null,
    comment_prompt_zh varchar(120) not null,
    comment_prompt_en varchar(120) not null,
    scope             varchar(16)  not null,
    method            varchar(16)  not null,
    minimum_group     integer      not null,
    state             varchar(16)  not null,
    closed_on         date,
    created_by        varchar(80)  not null,
    version           bigint       not null,
    constraint survey_campaign_pkey primary key (id),
    constraint survey_campaign_titles_present check (btrim(title_zh) <> '' and btrim(title_en) <> ''),
    constraint survey_campaign_quarter_form check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    constraint survey_campaign_window_order check (closes_on >= opens_on),
    constraint survey_campaign_scope_known check (scope in ('OPERATIONS', 'MUTUAL')),
    constraint survey_campaign_method_known check (method in ('TOP_TWO_BOX', 'MEAN_SCALED')),
    constraint survey_campaign_minimum_group_range check (minimum_group between 3 and 50),
    constraint survey_campaign_state_known check (state in ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'CANCELLED')),
    constraint survey_campaign_closed_on_when_closed check ((state = 'CLOSED') = (closed_on is not null)),
    constraint survey_campaign_created_by_present check (btrim(created_by) <> ''),
    constraint survey_campaign_version_stored check (version >= 1)
);

-- the scheduler: scheduled ones whose window starts, open ones whose window ended
create index survey_campaign_state_opens_idx on survey_campaign (state, opens_on);
create index survey_campaign_state_closes_idx on survey_campaign (state, closes_on);
-- the quarterly campaigns by quarter: one quarter's, the latest (the next one's template)
create index survey_campaign_quarter_idx on survey_campaign (quarter) where quarter is not null;
-- the scorecard: closed in a quarter
create index survey_campaign_closed_on_idx on survey_campaign (closed_on) where state = 'CLOSED';

-- The Likert items of a campaign's questionnaire, in the order the respondent sees them.
create table survey_campaign_item (
    campaign_id uuid         not null,
    position    integer      not null,
    code        varchar(40)  not null,
    text_zh     varchar(120) not null,
    text_en     varchar(120) not null,
    required    boolean      not null,
    constraint survey_campaign_item_pkey primary key (campaign_id, position),
    constraint survey_campaign_item_campaign_fk foreign key (campaign_id) references survey_campaign (id),
    constraint survey_campaign_item_code_once unique (campaign_id, code),
    constraint survey_campaign_item_code_form check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    constraint survey_campaign_item_position_range check (position between 0 and 19),
    constraint survey_campaign_item_texts_present check (btrim(text_zh) <> '' and btrim(text_en) <> '')
);

-- The departments whose people answer, in the order they were chosen.
create table survey_campaign_department (
    campaign_id   uuid    not null,
    position      integer not null,
    department_id uuid    not null,
    constraint survey_campaign_department_pkey primary key (campaign_id, position),
    constraint survey_campaign_department_campaign_fk foreign key (campaign_id) references survey_campaign (id),
    constraint survey_campaign_department_department_fk foreign key (department_id) references department (id),
    constraint survey_campaign_department_once unique (campaign_id, department_id)
);

-- A campaign's questionnaire and departments are frozen once it opens, and a closed campaign (whose
-- method and minimum group decide its results) is kept as it was. Rows of a new campaign may be
-- inserted in any state (a store inserts the campaign, then its items and departments).
create function survey_campaign_frozen() returns trigger
    language plpgsql as
$$
declare
    campaign_state varchar(16);
begin
    if tg_table_name = 'survey_campaign' then
        if old.state = 'CLOSED' then
            raise exception 'survey campaign % is closed: no %', old.id, lower(tg_op)
                using errcode = 'restrict_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    select state into campaign_state from survey_campaign where id = old.campaign_id;
    if campaign_state in ('OPEN', 'CLOSED') then
        raise exception 'survey campaign % has opened: its % are frozen, no %', old.campaign_id,
            substring(tg_table_name from 'survey_campaign_(.*)') || 's', lower(tg_op)
            using errcode = 'restrict_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger survey_campaign_frozen
    before update or delete on survey_campaign
    for each row execute function survey_campaign_frozen();
create trigger survey_campaign_item_frozen
    before update or delete on survey_campaign_item
    for each row execute function survey_campaign_frozen();
create trigger survey_campaign_department_frozen
    before update or delete on survey_campaign_department
    for each row execute function survey_campaign_frozen();

-- One respondent's invitation. It keeps that it was used, never when, and nothing of the response.
create table survey_invitation (
    id            uuid         not null,
    campaign_id   uuid         not null,
    department_id uuid         not null,
    person_id     uuid,
    email         varchar(254),
    language      varchar(8)   not null,
    used          boolean      not null default false,
    sent_at       timestamptz,
    reminded_at   timestamptz,
    constraint survey_invitation_pkey primary key (id),
    constraint survey_invitation_campaign_fk foreign key (campaign_id) references survey_campaign (id),
    constraint survey_invitation_department_fk foreign key (department_id) references department (id),
    constraint survey_invitation_person_fk foreign key (person_id) references person (id),
    constraint survey_invitation_recipient_present check (person_id is not null or email is not null),
    constraint survey_invitation_language_known check (language in ('ZH_CN', 'EN'))
);

-- the live response rate per department; the unused ones for reminders, paged by id
create index survey_invitation_rate_idx on survey_invitation (campaign_id, department_id, used);
create index survey_invitation_unused_idx on survey_invitation (campaign_id, id) where not used;

-- The SHA-256 (hex) of every link an invitation was sent: the first (position 0) and one per
-- reminder, at most eight. The token itself is never stored; a link is found by the hash of the
-- token in its path. Every link stays valid until the invitation is used.
create table survey_invitation_link (
    token_hash    text     not null,
    invitation_id uuid     not null,
    position      smallint not null,
    constraint survey_invitation_link_pkey primary key (token_hash),
    constraint survey_invitation_link_hash_form check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint survey_invitation_link_position_range check (position between 0 and 7),
    constraint survey_invitation_link_position_once unique (invitation_id, position),
    constraint survey_invitation_link_invitation_fk foreign key (invitation_id)
        references survey_invitation (id) on delete cascade
);

-- One anonymous response: see the top of this file for what it must never hold.
create table survey_response (
    id                  uuid          not null,
    campaign_id         uuid          not null,
    rater_department_id uuid          not null,
    rated_department_id uuid          not null,
    comment             varchar(2000),
    submitted_on        date          not null,
    constraint survey_response_pkey primary key (id),
    constraint survey_response_campaign_fk foreign key (campaign_id) references survey_campaign (id),
    constraint survey_response_rater_fk foreign key (rater_department_id) references department (id),
    constraint survey_response_rated_fk foreign key (rated_department_id) references department (id),
    constraint survey_response_comment_present check (comment is null or btrim(comment) <> '')
);

create index survey_response_campaign_idx on survey_response (campaign_id);

-- The Likert answers of a response, one per item answered (an optional item left out has no row).
create table survey_response_answer (
    response_id uuid        not null,
    item        varchar(40) not null,
    score       smallint    not null,
    constraint survey_response_answer_pkey primary key (response_id, item),
    constraint survey_response_answer_response_fk foreign key (response_id) references survey_response (id),
    constraint survey_response_answer_item_form check (item ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    constraint survey_response_answer_score_range check (score between 1 and 5)
);

-- Submitted answers are never changed nor removed (append_only() is V13's, the audit trail's).
create trigger survey_response_kept
    before update or delete on survey_response
    for each row execute function append_only();
create trigger survey_response_not_truncated
    before truncate on survey_response
    for each statement execute function append_only();
create trigger survey_response_answer_kept
    before update or delete on survey_response_answer
    for each row execute function append_only();
create trigger survey_response_answer_not_truncated
    before truncate on survey_response_answer
    for each statement execute function append_only();
