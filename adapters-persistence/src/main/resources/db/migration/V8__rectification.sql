-- Rectification (整改, SPEC §4): corrective actions for the findings of compliance checks, their
-- evidence files and history, the in-app notifications and the once-a-day log of escalations.

-- A corrective action. The finding is copied in as a value (check, period, process, deviation type,
-- step), not a foreign key: the check results are another module's tables.
create table corrective_action (
    id                  uuid          not null,
    check_id            uuid,
    period_key          varchar(16)   not null,
    process_code        varchar(48)   not null,
    deviation_type      varchar(24)   not null,
    step_code           varchar(48),
    finding_description varchar(2000) not null default '',
    case_count          integer       not null default 0,
    title               varchar(150)  not null,
    owner               varchar(80)   not null,
    due_on              date          not null,
    root_cause          varchar(2000) not null default '',
    note                varchar(2000) not null default '',
    status              varchar(16)   not null,
    assigned_by         varchar(80)   not null,
    created_at          timestamptz   not null,
    version             bigint        not null,
    constraint corrective_action_pkey primary key (id),
    constraint corrective_action_title_present check (btrim(title) <> ''),
    constraint corrective_action_owner_present check (btrim(owner) <> ''),
    constraint corrective_action_case_count_not_negative check (case_count >= 0),
    constraint corrective_action_deviation_type_known check (deviation_type in
        ('STEP_SKIPPED', 'OUT_OF_ORDER', 'WRONG_ROLE', 'STEP_LATE', 'CASE_LATE', 'UNKNOWN_STEP')),
    constraint corrective_action_status_known check (status in
        ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'VERIFIED', 'CLOSED'))
);

create index corrective_action_owner_idx on corrective_action (owner);
create index corrective_action_finding_idx on corrective_action (process_code, deviation_type, period_key);
-- the daily escalation reads the actions still in the owner's hands by due date
create index corrective_action_due_idx on corrective_action (due_on) where status in ('OPEN', 'IN_PROGRESS');

-- The evidence files of an action, in the order they were added; the files are in "attachment".
create table corrective_action_evidence (
    corrective_action_id uuid    not null,
    position             integer not null,
    attachment_id        uuid    not null,
    constraint corrective_action_evidence_pkey primary key (corrective_action_id, position),
    constraint corrective_action_evidence_action_fk foreign key (corrective_action_id)
        references corrective_action (id) on delete cascade,
    constraint corrective_action_evidence_attachment_fk foreign key (attachment_id) references attachment (id),
    constraint corrective_action_evidence_once unique (corrective_action_id, attachment_id)
);

-- The history of an action: every step with who took it, when, and a remark (a reason, a file name).
create table corrective_action_event (
    corrective_action_id uuid          not null,
    position             integer       not null,
    occurred_at          timestamptz   not null,
    by_user              varchar(80)   not null,
    kind                 varchar(16)   not null,
    remark               varchar(2000) not null default '',
    constraint corrective_action_event_pkey primary key (corrective_action_id, position),
    constraint corrective_action_event_action_fk foreign key (corrective_action_id)
        references corrective_action (id) on delete cascade,
    constraint corrective_action_event_kind_known check (kind in
        ('CREATED', 'REASSIGNED', 'ROOT_CAUSE', 'EVIDENCE', 'STARTED', 'SUBMITTED', 'VERIFIED', 'CLOSED', 'REOPENED'))
);

-- An in-app notification (the inbox); the subject is an i18n key with its arguments.
create table notification (
    id          uuid         not null,
    recipient   varchar(80)  not null,
    subject_key varchar(120) not null,
    args        text[]       not null default '{}',
    link        varchar(300) not null default '',
    created_at  timestamptz  not null,
    read_at     timestamptz,
    constraint notification_pkey primary key (id),
    constraint notification_recipient_present check (btrim(recipient) <> '')
);

create index notification_recipient_idx on notification (recipient, created_at desc);

-- Who was told about which overdue action on which day: at most once a day per person and action.
create table notification_sent (
    corrective_action_id uuid        not null,
    recipient            varchar(80) not null,
    day                  date        not null,
    sent_at              timestamptz not null default now(),
    constraint notification_sent_pkey primary key (corrective_action_id, recipient, day),
    constraint notification_sent_action_fk foreign key (corrective_action_id)
        references corrective_action (id) on delete cascade
);
