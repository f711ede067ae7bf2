-- Organization context: departments, people and their roles, user accounts, the settings row,
-- and the audit trail every context writes to.
-- Every aggregate row carries an optimistic-locking version; a stored row is at least version 1.

create table department (
    id      uuid         not null,
    code    varchar(32)  not null,
    name_zh varchar(120) not null,
    name_en varchar(120) not null,
    kind    varchar(16)  not null,
    active  boolean      not null default true,
    version bigint       not null,
    constraint department_pkey primary key (id),
    constraint department_code_unique unique (code),
    constraint department_code_form check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    constraint department_names_present check (btrim(name_zh) <> '' and btrim(name_en) <> ''),
    constraint department_kind_known check (kind in ('OPERATIONS', 'FUNCTIONAL', 'EXECUTIVE', 'FRONTLINE')),
    constraint department_version_stored check (version >= 1)
);

create table person (
    id            uuid         not null,
    name          varchar(80)  not null,
    email         varchar(254) not null,
    department_id uuid         not null,
    core_staff    boolean      not null default false,
    joined_on     date         not null,
    left_on       date,
    version       bigint       not null,
    constraint person_pkey primary key (id),
    constraint person_department_fk foreign key (department_id) references department (id),
    constraint person_name_present check (btrim(name) <> ''),
    constraint person_left_after_joining check (left_on is null or left_on >= joined_on),
    constraint person_version_stored check (version >= 1)
);

create index person_department_idx on person (department_id);

create table person_role (
    person_id uuid        not null,
    role      varchar(32) not null,
    constraint person_role_pkey primary key (person_id, role),
    constraint person_role_person_fk foreign key (person_id) references person (id) on delete cascade,
    constraint person_role_known check (role in ('OPS_DIRECTOR', 'OPS_MANAGER', 'OPS_SPECIALIST',
                                                 'DEPARTMENT_LEAD', 'AUDITOR', 'ADMIN'))
);

create table user_account (
    id              uuid         not null,
    username        varchar(40)  not null,
    password_hash   varchar(255) not null,
    person_id       uuid         not null,
    language        varchar(8)   not null,
    enabled         boolean      not null default true,
    failed_sign_ins integer      not null default 0,
    locked_until    timestamptz,
    version         bigint       not null,
    constraint user_account_pkey primary key (id),
    constraint user_account_username_unique unique (username),
    constraint user_account_person_unique unique (person_id),
    constraint user_account_person_fk foreign key (person_id) references person (id),
    constraint user_account_username_lower_case check (username = lower(username)),
    constraint user_account_language_known check (language in ('ZH_CN', 'EN')),
    constraint user_account_failures_counted check (failed_sign_ins >= 0),
    constraint user_account_version_stored check (version >= 1)
);

-- Exactly one row, seeded here; the application only ever updates it.
create table organization_settings (
    id                smallint     not null default 1,
    organization_name varchar(120) not null,
    time_zone         varchar(64)  not null,
    version           bigint       not null,
    constraint organization_settings_pkey primary key (id),
    constraint organization_settings_single_row check (id = 1),
    constraint organization_settings_name_present check (btrim(organization_name) <> ''),
    constraint organization_settings_version_stored check (version >= 1)
);

insert into organization_settings (id, organization_name, time_zone, version)
values (1, 'OpsCharter', 'Asia/Shanghai', 1);

-- The audit trail: one entry per attributable change, its field changes in order.
-- Actions are not listed here: every context adds its own, the form is all that is checked.
create table audit_entry (
    id          uuid        not null,
    occurred_at timestamptz not null,
    actor       varchar(80) not null,
    entity_type varchar(60) not null,
    entity_id   varchar(80) not null,
    -- the record in words as it was then (a name, a code): what an auditor reads
    entity_label varchar(200) not null default '',
    action      varchar(40) not null,
    constraint audit_entry_pkey primary key (id),
    constraint audit_entry_action_form check (action ~ '^[A-Z][A-Z_]*$')
);

-- newest first (ties broken by id so that paging is stable)
create index audit_entry_occurred_at_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
create index audit_entry_entity_type_idx on audit_entry (entity_type, occurred_at desc);
create index audit_entry_entity_id_idx on audit_entry (entity_id, occurred_at desc);

create table audit_change (
    entry_id     uuid    not null,
    position     integer not null,
    field        varchar(60) not null,
    before_value text    not null,
    after_value  text    not null,
    constraint audit_change_pkey primary key (entry_id, position),
    constraint audit_change_entry_fk foreign key (entry_id) references audit_entry (id),
    constraint audit_change_position_counted check (position >= 0)
);
